/* Eight bytes of ASCII text at a time, read as one 64-bit word: which
 * bytes are letters, how many lead, and whether a letter stands three
 * times in a row.  Only where the byte order is little-endian (the first
 * byte in the low bits) and the compiler is GCC-compatible; elsewhere
 * KALM_SWAR is 0 and the callers' byte loops do the same work. */
#ifndef KALM_SWAR_H
#define KALM_SWAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
	defined(__GNUC__)
#define KALM_SWAR 1
#define ONES8 0x0101010101010101u

/* The bytes of S[K..N) that lie in S[K..K+8) (K < N), as one word with
 * zeros after N.  Reads S[0..N) only: near the end, the eight bytes
 * before N, shifted. */
static inline uint64_t load8_upto(const uint8_t *s, size_t k, size_t n)
{
	uint64_t x = 0;
	if (k + 8 <= n) {
		memcpy(&x, s + k, 8);
	} else if (n >= 8) {
		memcpy(&x, s + n - 8, 8);
		x >>= 8 * (8 - (n - k));
	} else {
		for (size_t i = k; i < n; i++)
			x |= (uint64_t)s[i] << 8 * (i - k);
	}
	return x;
}

/* 0x80 in each byte of W that is an ASCII letter. */
static inline uint64_t letters8(uint64_t w)
{
	/* bytes >= 0x80 are no letters; below, no byte's sum carries into
	 * the next */
	uint64_t x = (w & ONES8 * 0x7F) | ONES8 * 0x20;
	return (x + ONES8 * (0x80 - 'a')) & ~(x + ONES8 * (0x80 - 'z' - 1)) &
	       ~w & ONES8 * 0x80;
}

/* Letters up to the first byte that is none (8: all are letters). */
static inline unsigned letters8_len(uint64_t letter)
{
	uint64_t stop = ~letter & ONES8 * 0x80;
	return stop ? (unsigned)__builtin_ctzll(stop) >> 3 : 8;
}

/* The bytes of the first LEN (0..8). */
static inline uint64_t letters8_keep(unsigned len)
{
	return len == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * len)) - 1;
}

/* W with its letters (LETTER as letters8 gives) lower-cased. */
static inline uint64_t letters8_lower(uint64_t w, uint64_t letter)
{
	return w | letter >> 2;
}

/* A letter three times in a row among the bytes KEEP covers. */
static inline bool letters8_triple(uint64_t w, uint64_t letter, uint64_t keep)
{
	const uint64_t low7 = ONES8 * 0x7F;
	uint64_t lower = letters8_lower(w, letter);
	/* bytes equal to the one before, then two such in a row */
	uint64_t d = lower ^ lower << 8;
	uint64_t same = ~(((d & low7) + low7) | d | low7);
	return (same & same << 8 & keep) != 0;
}
#else
#define KALM_SWAR 0
#endif

#endif /* KALM_SWAR_H */
