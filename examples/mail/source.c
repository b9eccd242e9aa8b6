/* Split inputs into raw messages: mbox files (or stdin), Maildir folders,
 * single message files and directories of those. */
#include "kalm_mail.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define READ_CHUNK ((size_t)1 << 16)

/* Reads a stream in pieces that end at a newline, or at the buffer size
 * for very long lines, so no line is ever held whole. */
typedef struct reader {
	FILE *fp;
	char *buf;
	size_t start, end;
	bool eof;
	int err;  /* errno of a failed read, or 0 */
	char eol; /* '\n', or '\r' for old Mac line ends */
} reader;

static void reader_fill(reader *r)
{
	if (r->eof)
		return;
	if (r->start > 0) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	while (r->end < READ_CHUNK && !r->eof) {
		size_t want = READ_CHUNK - r->end;
		size_t n = fread(r->buf + r->end, 1, want, r->fp);
		r->end += n;
		if (n < want && ferror(r->fp)) {
			r->err = errno ? errno : EIO;
			r->eof = true;
		} else if (n == 0) {
			r->eof = true;
		}
	}
}

/* The next piece; *COMPLETE when it ends with a newline. */
static bool reader_next(reader *r, const char **p, size_t *n, bool *complete)
{
	for (;;) {
		char *nl = memchr(r->buf + r->start, r->eol, r->end - r->start);
		if (nl) {
			*p = r->buf + r->start;
			*n = (size_t)(nl - *p) + 1;
			*complete = true;
			r->start += *n;
			return true;
		}
		if (r->eof || (r->start == 0 && r->end == READ_CHUNK)) {
			if (r->end == r->start)
				return false;
			*p = r->buf + r->start;
			*n = r->end - r->start;
			*complete = false;
			r->start = r->end;
			return true;
		}
		reader_fill(r);
	}
}

static bool has_prefix(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && memcmp(s, prefix, k) == 0;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

static size_t skip_digits(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	return i;
}

/* The index of the three-letter name of NAMES at S[I], or -1. */
static int name_at(const char *s, size_t n, size_t i, const char *const *names, int count)
{
	if (i + 3 > n || (i + 3 < n && g_ascii_isalpha(s[i + 3])))
		return -1;
	for (int k = 0; k < count; k++)
		if (g_ascii_strncasecmp(s + i, names[k], 3) == 0)
			return k;
	return -1;
}

/* An asctime date at S[I]: "Mon Jan  5 10:00:00 2026", seconds optional,
 * a zone before the year or after it ("10:00:00 +0100 2026"). */
static bool date_at(const char *s, size_t n, size_t i)
{
	static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	if (name_at(s, n, i, days, 7) < 0)
		return false;
	i += 3;
	if (i < n && s[i] == ',')
		i++;
	size_t j = skip_spaces(s, n, i);
	if (j == i || name_at(s, n, j, months, 12) < 0)
		return false;
	i = skip_spaces(s, n, j + 3);
	j = skip_digits(s, n, i); /* day */
	if (j == i || j - i > 2)
		return false;
	i = skip_spaces(s, n, j);
	j = skip_digits(s, n, i); /* hh:mm[:ss] */
	if (j == i || j - i > 2 || j >= n || s[j] != ':')
		return false;
	i = j + 1;
	j = skip_digits(s, n, i);
	if (j - i != 2)
		return false;
	if (j < n && s[j] == ':') {
		i = j + 1;
		j = skip_digits(s, n, i);
		if (j - i != 2)
			return false;
	}
	/* Up to two zone words, then the year. */
	for (int words = 0; words < 3; words++) {
		i = skip_spaces(s, n, j);
		if (i == j)
			return false;
		j = skip_digits(s, n, i);
		if ((j - i == 4 || j - i == 2) && (j == n || !g_ascii_isalnum(s[j])))
			return true;
		if (j != i)
			return false;
		if (i < n && (s[i] == '+' || s[i] == '-')) {
			j = skip_digits(s, n, i + 1);
			if (j - i != 5)
				return false;
		} else {
			while (j < n && g_ascii_isalpha(s[j]) && j - i < 5)
				j++;
			if (j == i)
				return false;
		}
	}
	return false;
}

/* An mbox separator line: "From SENDER DATE", where SENDER is one word
 * (or a quoted local part with spaces, or missing) and DATE as date_at. */
static bool is_separator(const char *s, size_t n)
{
	if (!has_prefix(s, n, "From ") || n > 1024)
		return false;
	size_t i = skip_spaces(s, n, 5);
	if (date_at(s, n, i))
		return true;
	if (i < n && s[i] == '"') {
		const char *q = memchr(s + i + 1, '"', n - i - 1);
		if (!q)
			return false;
		i = (size_t)(q - s) + 1;
	}
	while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
		i++;
	size_t j = skip_spaces(s, n, i);
	return j > i && date_at(s, n, j);
}

/* As mboxrd and mboxo write them: a "From " line starts a message only at
 * the start of the file or after a blank line, and only when it reads as
 * a separator; any other "From " line belongs to the body. */
static bool is_from_line(const char *s, size_t n, bool after_blank)
{
	return after_blank && is_separator(s, n);
}

static bool is_blank_line(const char *s, size_t n)
{
	return (n == 1 && (s[0] == '\n' || s[0] == '\r')) ||
	       (n == 2 && s[0] == '\r' && s[1] == '\n');
}

typedef struct pending {
	GString *data;
	size_t size;   /* true size, even past the limit */
	int64_t offset;
	bool active;
} pending;

/* Hand M to the sink; ERROR (or NULL) says why it could not be read. */
static void emit(mail_walk *w, pending *m, const char *label, const char *error)
{
	mail_raw raw = {0};
	raw.offset = m->offset;
	raw.source = m->offset >= 0 ? g_strdup_printf("%s:%lld", label, (long long)m->offset)
				    : g_strdup(label);
	if (error) {
		raw.error = g_strdup(error);
		g_string_free(m->data, TRUE);
	} else if (m->size > MAIL_MESSAGE_MAX) {
		raw.error = g_strdup_printf("message too large (%zu bytes, limit %zu)",
					    m->size, MAIL_MESSAGE_MAX);
		g_string_free(m->data, TRUE);
	} else {
		GString *d = m->data;
		/* The blank line before the next "From " belongs to the mbox. */
		if (d->len >= 2 && (d->str[d->len - 1] == '\n' || d->str[d->len - 1] == '\r') &&
		    d->str[d->len - 2] == d->str[d->len - 1])
			g_string_truncate(d, d->len - 1);
		else if (d->len >= 4 && memcmp(d->str + d->len - 4, "\r\n\r\n", 4) == 0)
			g_string_truncate(d, d->len - 2);
		raw.len = d->len;
		raw.data = g_string_free(d, FALSE);
	}
	m->data = NULL;
	m->active = false;
	w->sink(w->ctx, &raw);
	if (w->progress)
		w->progress(w->ctx, w->bytes);
}

static void start(pending *m, int64_t offset)
{
	m->data = g_string_new(NULL);
	m->size = 0;
	m->offset = offset;
	m->active = true;
}

static void add(pending *m, const char *s, size_t n)
{
	m->size += n;
	if (m->size <= MAIL_MESSAGE_MAX)
		g_string_append_len(m->data, s, (gssize)n);
}

/* The messages of the mbox in R, whose first POS bytes are consumed. */
static void walk_mbox(mail_walk *w, reader *r, const char *label, uint64_t pos)
{
	pending m = {0};
	bool line_start = true, after_blank = true;
	const char *p;
	size_t n;
	bool complete;

	while (reader_next(r, &p, &n, &complete)) {
		if (line_start && is_from_line(p, n, after_blank)) {
			if (m.active)
				emit(w, &m, label, NULL);
			start(&m, (int64_t)pos);
		} else if (!m.active && line_start && is_blank_line(p, n)) {
			/* blank lines before the first message */
		} else {
			if (!m.active)
				start(&m, (int64_t)pos);
			/* mboxrd: ">From " in a body was escaped on writing. */
			if (line_start && n > 0 && p[0] == '>') {
				size_t k = 0;
				while (k < n && p[k] == '>')
					k++;
				if (has_prefix(p + k, n - k, "From ")) {
					p++;
					n--;
					pos++;
				}
			}
			add(&m, p, n);
		}
		after_blank = line_start && complete && is_blank_line(p, n);
		line_start = complete;
		pos += n;
		w->bytes += n;
	}
	/* A read error ends the mbox: the message it cut short, or the
	 * place where it struck, is reported with it. */
	char *error = r->err ? g_strdup_printf("read error: %s", strerror(r->err)) : NULL;
	if (error && !m.active)
		start(&m, (int64_t)pos);
	if (m.active)
		emit(w, &m, label, error);
	g_free(error);
}

/* One message from R (a single-message file or stdin). */
static void walk_single(mail_walk *w, reader *r, const char *label)
{
	pending m = {0};
	const char *p;
	size_t n;
	bool complete;
	start(&m, -1);
	while (reader_next(r, &p, &n, &complete)) {
		add(&m, p, n);
		w->bytes += n;
	}
	char *error = r->err ? g_strdup_printf("read error: %s", strerror(r->err)) : NULL;
	emit(w, &m, label, error);
	g_free(error);
}

static void emit_error(mail_walk *w, const char *path, const char *why);

/* True when the first line of BUF that is not blank is a separator:
 * blank lines may sit before the first message. */
static bool starts_mbox(const char *buf, size_t len, char eol)
{
	size_t i = 0;
	for (;;) {
		const char *nl = memchr(buf + i, eol, len - i);
		size_t n = nl ? (size_t)(nl - (buf + i)) + 1 : len - i;
		if (!is_blank_line(buf + i, n))
			return is_separator(buf + i, n);
		i += n;
	}
}

/* An mbox when the first line is a "From " separator, else one message.
 * An empty file is an empty message, unless it is stdin or named
 * "*.mbox": an empty mbox holds no messages. */
static void walk_stream(mail_walk *w, FILE *fp, const char *label, bool is_stdin)
{
	reader r = {.fp = fp, .buf = g_malloc(READ_CHUNK), .eol = '\n'};
	reader_fill(&r);
	/* Old Mac files end lines with a bare CR: no LF in the first 64 KiB. */
	if (mail_bare_cr(r.buf, r.end))
		r.eol = '\r';
	/* A UTF-8 byte order mark is no part of any message. */
	size_t bom = has_prefix(r.buf, r.end, "\xEF\xBB\xBF") ? 3 : 0;
	r.start = bom;
	w->bytes += bom;
	if (r.end == 0 && !r.err) {
		if (!is_stdin && !g_str_has_suffix(label, ".mbox"))
			emit_error(w, label, "empty file");
	} else if (starts_mbox(r.buf + bom, r.end - bom, r.eol)) {
		walk_mbox(w, &r, label, bom);
	} else {
		walk_single(w, &r, label);
	}
	if (r.err) {
		fprintf(stderr, "kalm-mail: %s: read error: %s\n", label, strerror(r.err));
		w->read_errors++;
	}
	g_free(r.buf);
}

static void emit_error(mail_walk *w, const char *path, const char *why)
{
	mail_raw raw = {0};
	raw.offset = -1;
	raw.source = g_strdup(path);
	raw.error = g_strdup(why);
	w->sink(w->ctx, &raw);
}

/* What a file that is not a regular file is, for its record. */
static const char *special_kind(mode_t mode)
{
	if (S_ISFIFO(mode))
		return "not a regular file (a named pipe), not read";
	if (S_ISSOCK(mode))
		return "not a regular file (a socket), not read";
	if (S_ISCHR(mode))
		return "not a regular file (a character device), not read";
	if (S_ISBLK(mode))
		return "not a regular file (a block device), not read";
	return "not a regular file, not read";
}

static void open_failed(mail_walk *w, const char *path, bool top, int err)
{
	if (top) {
		fprintf(stderr, "kalm-mail: %s: %s\n", path, strerror(err));
		w->failed_paths++;
	} else {
		emit_error(w, path, strerror(err));
	}
}

/* A PATH named on the command line is read whatever it is (a pipe from
 * the shell, a device); inside a directory only regular files are read,
 * since a pipe or a device there would block or never end.  They are
 * opened without blocking and checked again once open, in case the
 * name was swapped after the stat. */
static void walk_file(mail_walk *w, const char *path, bool top)
{
	struct stat st;
	if (!top && stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		emit_error(w, path, special_kind(st.st_mode));
		return;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC | (top ? 0 : O_NONBLOCK));
	if (fd < 0) {
		open_failed(w, path, top, errno);
		return;
	}
	if (!top) {
		if (fstat(fd, &st) != 0) {
			int err = errno;
			close(fd);
			emit_error(w, path, strerror(err));
			return;
		}
		if (!S_ISREG(st.st_mode)) {
			close(fd);
			emit_error(w, path, special_kind(st.st_mode));
			return;
		}
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	}
	FILE *fp = fdopen(fd, "rb");
	if (!fp) {
		int err = errno;
		close(fd);
		open_failed(w, path, top, err);
		return;
	}
	walk_stream(w, fp, path, false);
	fclose(fp);
}

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_maildir(const char *path)
{
	char *cur = g_build_filename(path, "cur", NULL);
	char *new = g_build_filename(path, "new", NULL);
	bool yes = is_dir(cur) || is_dir(new);
	g_free(cur);
	g_free(new);
	return yes;
}

/* Mail-server bookkeeping that sits next to mail and is not mail. */
static bool is_index_file(const char *name)
{
	static const char *const prefixes[] = {"dovecot", "courierimap", "maildirfolder",
					       "subscriptions", NULL};
	static const char *const suffixes[] = {".index", ".index.log", ".cache", ".lock",
					       ".uidlist", ".msf", NULL};
	for (const char *const *p = prefixes; *p; p++)
		if (g_str_has_prefix(name, *p))
			return true;
	for (const char *const *s = suffixes; *s; s++)
		if (g_str_has_suffix(name, *s))
			return true;
	return false;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Entry names of PATH, sorted, without hidden ones.  NULL on error,
 * with errno set. */
static GPtrArray *list_dir(const char *path)
{
	DIR *dir = opendir(path);
	if (!dir)
		return NULL;
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		g_ptr_array_add(names, g_strdup(e->d_name));
	}
	closedir(dir);
	g_ptr_array_sort(names, compare_names);
	return names;
}

/* Directories are told apart by device and inode, so a symlink loop or
 * two links to one folder are read once, however deep the tree. */
typedef struct dir_id {
	dev_t dev;
	ino_t ino;
} dir_id;

static guint dir_id_hash(gconstpointer p)
{
	const dir_id *d = p;
	uint64_t h = (uint64_t)d->ino * 0x9E3779B97F4A7C15u ^ (uint64_t)d->dev;
	return (guint)(h ^ (h >> 32));
}

static gboolean dir_id_equal(gconstpointer a, gconstpointer b)
{
	const dir_id *x = a, *y = b;
	return x->dev == y->dev && x->ino == y->ino;
}

static GHashTable *dir_set_new(void)
{
	return g_hash_table_new_full(dir_id_hash, dir_id_equal, g_free, NULL);
}

/* True the first time the directory of ST is met; it is then in SEEN. */
static bool dir_first_visit(GHashTable *seen, const struct stat *st)
{
	dir_id key = {st->st_dev, st->st_ino};
	if (g_hash_table_contains(seen, &key))
		return false;
	g_hash_table_add(seen, g_memdup2(&key, sizeof key));
	return true;
}

static void walk_dir(mail_walk *w, const char *path, GHashTable *seen, bool top);

/* A directory inside a PATH that cannot be listed gets a record, as an
 * unreadable file does: the messages in it are not lost unseen. */
static void list_failed(mail_walk *w, const char *path, bool top, int err)
{
	if (top) {
		fprintf(stderr, "kalm-mail: %s: %s\n", path, strerror(err));
		w->failed_paths++;
	} else {
		char *why = g_strdup_printf("directory not read: %s", strerror(err));
		emit_error(w, path, why);
		g_free(why);
	}
}

static void walk_maildir(mail_walk *w, const char *path, GHashTable *seen)
{
	static const char *const subs[] = {"cur", "new"};
	for (size_t s = 0; s < 2; s++) {
		char *sub = g_build_filename(path, subs[s], NULL);
		GPtrArray *names = NULL;
		if (is_dir(sub) && (names = list_dir(sub)) == NULL)
			list_failed(w, sub, false, errno);
		for (guint i = 0; names && i < names->len; i++) {
			char *file = g_build_filename(sub, names->pdata[i], NULL);
			if (!is_dir(file))
				walk_file(w, file, false);
			g_free(file);
		}
		if (names)
			g_ptr_array_free(names, TRUE);
		g_free(sub);
	}
	/* Maildir++ keeps subfolders as hidden maildirs: ".Sent", ".Archive". */
	DIR *dir = opendir(path);
	if (!dir)
		return;
	GPtrArray *folders = g_ptr_array_new_with_free_func(g_free);
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] != '.' || strcmp(e->d_name, ".") == 0 ||
		    strcmp(e->d_name, "..") == 0)
			continue;
		char *sub = g_build_filename(path, e->d_name, NULL);
		if (is_dir(sub) && is_maildir(sub))
			g_ptr_array_add(folders, sub);
		else
			g_free(sub);
	}
	closedir(dir);
	g_ptr_array_sort(folders, compare_names);
	for (guint i = 0; i < folders->len; i++)
		walk_dir(w, folders->pdata[i], seen, false);
	g_ptr_array_free(folders, TRUE);
}

static void walk_dir(mail_walk *w, const char *path, GHashTable *seen, bool top)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		list_failed(w, path, top, errno);
		return;
	}
	if (!dir_first_visit(seen, &st)) {
		fprintf(stderr, "kalm-mail: %s: directory already read (a symlink loop or "
				"a second link to it), not read again\n", path);
		return;
	}
	if (is_maildir(path)) {
		walk_maildir(w, path, seen);
		return;
	}
	GPtrArray *names = list_dir(path);
	if (!names) {
		list_failed(w, path, top, errno);
		return;
	}
	for (guint i = 0; i < names->len; i++) {
		const char *name = names->pdata[i];
		if (is_index_file(name) || strcmp(name, "tmp") == 0)
			continue;
		char *child = g_build_filename(path, name, NULL);
		if (is_dir(child))
			walk_dir(w, child, seen, false);
		else
			walk_file(w, child, false);
		g_free(child);
	}
	g_ptr_array_free(names, TRUE);
}

void mail_walk_path(mail_walk *w, const char *path)
{
	if (strcmp(path, "-") == 0) {
		walk_stream(w, stdin, "<stdin>", true);
		return;
	}
	if (is_dir(path)) {
		GHashTable *seen = dir_set_new();
		walk_dir(w, path, seen, true);
		g_hash_table_destroy(seen);
	} else {
		walk_file(w, path, true);
	}
}

static uint64_t tree_size(const char *path, GHashTable *seen)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return 0;
	if (!S_ISDIR(st.st_mode))
		return S_ISREG(st.st_mode) ? (uint64_t)st.st_size : 0;
	if (!dir_first_visit(seen, &st))
		return 0;
	uint64_t total = 0;
	DIR *dir = opendir(path);
	if (!dir)
		return 0;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
		    strcmp(e->d_name, "tmp") == 0 || is_index_file(e->d_name))
			continue;
		char *child = g_build_filename(path, e->d_name, NULL);
		total += tree_size(child, seen);
		g_free(child);
	}
	closedir(dir);
	return total;
}

uint64_t mail_paths_size(char **paths, int count)
{
	uint64_t total = 0;
	for (int i = 0; i < count; i++) {
		if (strcmp(paths[i], "-") == 0) {
			struct stat st;
			if (fstat(0, &st) == 0 && S_ISREG(st.st_mode))
				total += (uint64_t)st.st_size;
			continue;
		}
		GHashTable *seen = dir_set_new();
		total += tree_size(paths[i], seen);
		g_hash_table_destroy(seen);
	}
	return total;
}

int mail_read_all(FILE *fp, char **data, size_t *len)
{
	GString *s = g_string_new(NULL);
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		g_string_append_len(s, buf, (gssize)n);
	if (ferror(fp)) {
		int e = errno;
		g_string_free(s, TRUE);
		errno = e;
		return -1;
	}
	*len = s->len;
	*data = g_string_free(s, FALSE);
	return 0;
}
