// A C interface to the parts of RE2 that CEL's `matches` needs: compile a pattern once,
// search text with it from any thread, free it. RE2 is C++, which Swift on Linux cannot call
// directly without C++ interoperability; this header keeps the CEL module in plain C
// interop (Swift 6, no C++ mode), and the implementation lives in CRE2.cpp.
#ifndef PUHUI_CRE2_H
#define PUHUI_CRE2_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opaque compiled RE2 program (an `RE2` object), immutable after creation.
typedef struct puhui_re2 puhui_re2;

/// Compiles `pattern` (UTF-8, `length` bytes, may contain NUL) with RE2's default options
/// (UTF-8 text, no logging to stderr). On success returns the program and sets `*error` to
/// NULL; on failure returns NULL and sets `*error` to a malloc'ed NUL-terminated message that
/// the caller frees with `puhui_re2_free_error`. `*error` is only ever NULL or owned by the
/// caller; it is never left pointing at RE2's internal storage.
puhui_re2 *puhui_re2_compile(const char *pattern, size_t length, char **error);

/// Unanchored search (RE2::PartialMatch): 1 if `text` (UTF-8, `length` bytes) contains a
/// match, else 0. Safe to call concurrently on one program (RE2 is thread-safe for const use).
int puhui_re2_search(const puhui_re2 *re, const char *text, size_t length);

/// The size of the compiled program (RE2::ProgramSize), a measure of the pattern's cost.
int puhui_re2_program_size(const puhui_re2 *re);

void puhui_re2_free(puhui_re2 *re);
void puhui_re2_free_error(char *error);

#ifdef __cplusplus
}
#endif

#endif
