// The C shim over RE2 declared in include/CRE2.h. No exceptions cross the boundary: RE2
// reports errors through `ok()`/`error()`, and allocation failure inside `new` is the one
// thing caught here, so a hostile pattern never unwinds through Swift frames.
#include "CRE2.h"

#include <re2/re2.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

struct puhui_re2 {
    RE2 regex;
    puhui_re2(const re2::StringPiece &pattern, const RE2::Options &options) : regex(pattern, options) {}
};

static char *copy_message(const std::string &message) {
    char *out = static_cast<char *>(std::malloc(message.size() + 1));
    if (out != nullptr) std::memcpy(out, message.c_str(), message.size() + 1);
    return out;
}

extern "C" puhui_re2 *puhui_re2_compile(const char *pattern, size_t length, char **error) {
    *error = nullptr;
    RE2::Options options;
    // RE2 logs bad patterns to stderr by default; CEL reports them as values instead.
    options.set_log_errors(false);
    puhui_re2 *re = nullptr;
    try {
        re = new puhui_re2(re2::StringPiece(pattern, length), options);
    } catch (const std::bad_alloc &) {
        *error = copy_message("out of memory compiling the regular expression");
        return nullptr;
    }
    if (!re->regex.ok()) {
        *error = copy_message(re->regex.error());
        delete re;
        return nullptr;
    }
    return re;
}

extern "C" int puhui_re2_search(const puhui_re2 *re, const char *text, size_t length) {
    return RE2::PartialMatch(re2::StringPiece(text, length), re->regex) ? 1 : 0;
}

extern "C" int puhui_re2_program_size(const puhui_re2 *re) { return re->regex.ProgramSize(); }

extern "C" void puhui_re2_free(puhui_re2 *re) { delete re; }

extern "C" void puhui_re2_free_error(char *error) { std::free(error); }
