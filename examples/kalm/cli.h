/* The kalm command line tool: shared helpers and subcommands. */
#ifndef KALM_CLI_H
#define KALM_CLI_H

#include <kalm.h>
#include <stdbool.h>
#include <stdio.h>

/* Exit codes: 0 success, 1 data error (message on stderr), 2 usage. */
enum { CLI_OK = 0, CLI_DATA = 1, CLI_USAGE = 2 };

/* Write TEXT[0..LEN) as a JSON string literal (quotes included), escaping
 * control characters and replacing invalid UTF-8 with U+FFFD. */
void cli_json_string(FILE *out, const char *text, size_t len);

/* X with three decimals, exactly as printf's "%.3f" writes it, into OUT
 * (room for CLI_FIXED3_MAX bytes; no NUL is added).  Returns the length. */
#define CLI_FIXED3_MAX 400
size_t cli_fixed3(char *out, double x);

/* The lines of a file, read in blocks (read(2): a terminal gives each
 * line as it is typed) into a buffer of ours and handed out in place. */
typedef struct cli_lines {
	int fd;
	char *buf;
	size_t cap, start, end; /* the bytes not handed out: buf[start..end) */
	bool eof;
	int error; /* errno of a read that failed (it ends the input), or 0 */
} cli_lines;

/* Read the lines of IN, which nothing has read from through stdio. */
void cli_lines_init(cli_lines *r, FILE *in);
/* The next line at *LINE (the newline is not kept, a trailing CR is
 * dropped, a NUL follows it), valid until the next call and writable.
 * Returns its length, -1 at the end of input (R->error says whether a
 * read failed there), or -2 when memory runs out.  Lines may contain NUL
 * bytes. */
long cli_lines_next(cli_lines *r, char **line);
/* The next line, as cli_lines_next gives it, when the bytes read so far
 * hold it whole; otherwise -3 (nothing is read: it never waits for
 * input).  The lines handed out before it since the last cli_lines_next
 * stay valid: so a reader may take what has arrived as a batch. */
long cli_lines_next_ready(cli_lines *r, char **line);
/* Up to MAX lines more, as cli_lines_next_ready gives them one after the
 * other, into TEXT (with no language hint); how many. */
size_t cli_lines_ready(cli_lines *r, kalm_text *text, size_t max);
/* After the last line: CLI_OK when the input was read to its end;
 * otherwise prints why not ("kalm WHAT: [NAME: ]cannot read input: ...",
 * or that memory ran out, LEN being cli_lines_next's last answer) and
 * returns CLI_DATA.  NAME may be NULL. */
int cli_lines_check(const cli_lines *r, long len, const char *what,
		    const char *name);
void cli_lines_free(cli_lines *r);

/* Open the model named by --model PATH: a lexicon folder, compiled, or a
 * file kalm compile wrote (NULL: the built-in default), printing any
 * error to stderr.  Returns NULL on failure. */
kalm_model *cli_open_model(const char *path);

/* Whether ARGV[*I] is the option NAME with its value, written
 * "NAME VALUE" (*I then moves on to the value) or "NAME=VALUE"; the value
 * into *VALUE. */
bool cli_option(int argc, char **argv, int *i, const char *name,
		const char **value);

/* After writing to standard output: CLI_OK, or when some of it could not
 * be written (a full disk, a closed pipe) "kalm WHAT: cannot write
 * output..." on stderr and CLI_DATA.  WHAT may be NULL. */
int cli_output_check(const char *what);

/* Print TEXT (a usage text) to standard output, as cli_output_check
 * says. */
int cli_usage_out(const char *what, const char *text);

/* A writer of verdict lines as `kalm score` prints them, into OUT, or
 * into memory when OUT is NULL.  NULL when memory runs out.  Writers may
 * write on different threads, one writer a thread at a time; make the
 * first one before starting them. */
typedef struct cli_writer cli_writer;
cli_writer *cli_writer_new(FILE *out);
/* Write the verdict of TEXT[0..LEN) as a JSON object and a newline.
 * Into a file, lines are held in the writer until its buffer is full
 * (each goes at once to a terminal), and the entries' fields are kept
 * once formatted: flush before writing to its file otherwise, and free
 * the writer before MODEL. */
void cli_writer_line(cli_writer *w, const kalm_model *model,
		     const kalm_verdict *verdict, const char *text,
		     size_t len);
void cli_writer_flush(cli_writer *w);
/* A writer into memory: the bytes written since it was made or cleared,
 * at *DATA (valid until the next write); false when memory ran out and
 * some were lost. */
bool cli_writer_data(const cli_writer *w, const char **data, size_t *len);
void cli_writer_clear(cli_writer *w);
/* Flushes a writer into a file first. */
void cli_writer_free(cli_writer *w);

int kalm_cmd_score(int argc, char **argv);
int kalm_cmd_eval(int argc, char **argv);
int kalm_cmd_compile(int argc, char **argv);
int kalm_cmd_langid(int argc, char **argv);
int kalm_cmd_chat(int argc, char **argv);

#endif
