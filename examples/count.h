/* A count given on the command line, shared by kalm and kalm-mail. */
#ifndef KALM_EXAMPLES_COUNT_H
#define KALM_EXAMPLES_COUNT_H

#include <stdbool.h>
#include <stdlib.h>

/* *OUT becomes the number MIN..MAX in S, digits only (strtoul alone
 * would take " 2" and "+2", and "-1" as a huge number); false otherwise. */
static inline bool parse_number(const char *s, unsigned *out, unsigned min,
				unsigned max)
{
	char *end;
	if (*s < '0' || *s > '9')
		return false;
	unsigned long v = strtoul(s, &end, 10);
	if (*end || v < min || v > max)
		return false;
	*out = (unsigned)v;
	return true;
}

/* A count: a number 1..MAX. */
static inline bool parse_count(const char *s, unsigned *out, unsigned max)
{
	return parse_number(s, out, 1, max);
}

#endif
