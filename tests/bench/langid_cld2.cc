// langid-cld2: kalm's language identification against CLD2 on the same
// lines, for accuracy and speed.  Not part of the test suite; run through
// tests/bench/langid_compare.sh, which builds it and feeds it the corpus.
//
// Input on stdin, one row a line: LANG <tab> GROUP <tab> TEXT, where LANG
// is the truth (nl, af, pl, en) and GROUP a label to report by ("long",
// "short").  Output: accuracy per engine, language and group, and the
// detection time per line (the calls alone, best of REPEAT passes).
//
// Engines:
//   kalm        kalm_detect_language with the built-in model
//   cld2        CLD2::DetectLanguageCheckUTF8, any of CLD2's languages
//   cld2-4      CLD2's top three restricted to nl/af/pl/en (the same
//               choice kalm has), falling back to its first answer
// CLD2's header uses FILE without including <cstdio>.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <kalm.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

struct Row {
	std::string lang, group, text;
};

const char *kalm_engine(const kalm_model *model, const std::string &text)
{
	double confidence;
	return kalm_lang_code(kalm_detect_language(model, text.data(),
						   text.size(), &confidence));
}

std::string cld2_code(CLD2::Language lang)
{
	std::string code = CLD2::LanguageCode(lang);
	if (lang == CLD2::UNKNOWN_LANGUAGE || code == "un")
		return "unknown";
	return code;
}

std::string cld2_engine(const std::string &text)
{
	bool reliable = false;
	int valid = 0;
	CLD2::Language lang = CLD2::DetectLanguageCheckUTF8(
		text.data(), (int)text.size(), true, &reliable, &valid);
	return cld2_code(lang);
}

bool ours(const std::string &code)
{
	return code == "nl" || code == "af" || code == "pl" || code == "en";
}

std::string cld2_four(const std::string &text)
{
	bool reliable = false;
	int valid = 0;
	CLD2::DetectLanguageCheckUTF8(text.data(), (int)text.size(), true,
				      &reliable, &valid);
	if (valid < (int)text.size())
		return "unknown"; // CLD2 reads nothing past invalid UTF-8
	CLD2::Language three[3];
	int percent[3], bytes = 0;
	CLD2::Language first = CLD2::DetectLanguageSummary(
		text.data(), (int)text.size(), true, three, percent, &bytes,
		&reliable);
	for (CLD2::Language l : three) {
		std::string code = cld2_code(l);
		if (ours(code))
			return code;
	}
	return cld2_code(first);
}

template <typename F>
double time_per_line(const std::vector<Row> &rows, int repeat, F detect)
{
	double best = 1e300;
	for (int r = 0; r < repeat; r++) {
		auto start = std::chrono::steady_clock::now();
		size_t sink = 0;
		for (const Row &row : rows)
			sink += std::strlen(detect(row.text));
		auto end = std::chrono::steady_clock::now();
		double ns = std::chrono::duration<double, std::nano>(
				    end - start).count();
		if (sink == 0)
			std::fputs("", stderr);
		if (ns < best)
			best = ns;
	}
	return rows.empty() ? 0.0 : best / (double)rows.size();
}

} // namespace

int main(int argc, char **argv)
{
	int repeat = argc > 1 ? std::atoi(argv[1]) : 3;
	if (repeat < 1)
		repeat = 1;
	std::vector<Row> rows;
	std::string line;
	while (std::getline(std::cin, line)) {
		size_t a = line.find('\t');
		size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
		if (b == std::string::npos)
			continue;
		rows.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1),
				line.substr(b + 1)});
	}
	kalm_model *model = nullptr;
	kalm_error err;
	std::memset(&err, 0, sizeof err);
	if (kalm_model_new_default(&model, &err) != KALM_OK) {
		std::fprintf(stderr, "langid-cld2: %s\n", err.message);
		return 1;
	}

	const char *engines[] = {"kalm", "cld2", "cld2-4"};
	// accuracy[engine][lang/group] = {right, total}
	std::map<std::string, std::map<std::string, std::pair<long, long>>> acc;
	// wrong[engine][lang/group][answer] = count, to show how each fails
	std::map<std::string, std::map<std::string, std::map<std::string, long>>>
		wrong;
	for (const Row &row : rows) {
		std::string got[3] = {kalm_engine(model, row.text),
				      cld2_engine(row.text),
				      cld2_four(row.text)};
		for (int e = 0; e < 3; e++) {
			bool ok = got[e] == row.lang;
			if (!ok)
				wrong[engines[e]][row.lang + " " + row.group]
				     [got[e]]++;
			for (const std::string &key :
			     {row.lang + " " + row.group, "all " + row.group}) {
				acc[engines[e]][key].first += ok;
				acc[engines[e]][key].second += 1;
			}
		}
	}
	double ns_kalm = time_per_line(rows, repeat, [&](const std::string &t) {
		return kalm_engine(model, t);
	});
	static thread_local std::string keep;
	double ns_cld2 = time_per_line(rows, repeat, [&](const std::string &t) {
		keep = cld2_engine(t);
		return keep.c_str();
	});

	std::printf("%-12s", "set");
	for (const char *e : engines)
		std::printf(" %10s", e);
	std::printf(" %7s\n", "lines");
	for (const auto &kv : acc["kalm"]) {
		std::printf("%-12s", kv.first.c_str());
		for (const char *e : engines) {
			auto p = acc[e][kv.first];
			std::printf(" %9.2f%%", 100.0 * p.first / p.second);
		}
		std::printf(" %7ld\n", kv.second.second);
	}
	std::printf("\ncommonest wrong answers (answer:count)\n");
	for (const char *e : engines) {
		for (const auto &kv : wrong[e]) {
			std::vector<std::pair<long, std::string>> top;
			for (const auto &w : kv.second)
				top.push_back({-w.second, w.first});
			std::sort(top.begin(), top.end());
			std::printf("  %-7s %-9s", e, kv.first.c_str());
			for (size_t i = 0; i < top.size() && i < 4; i++)
				std::printf(" %s:%ld", top[i].second.c_str(),
					    -top[i].first);
			std::printf("\n");
		}
	}
	std::printf("\ntime per line (detection only, best of %d): kalm %.0f ns, "
		    "cld2 %.0f ns\n", repeat, ns_kalm, ns_cld2);
	kalm_model_free(model);
	return 0;
}
