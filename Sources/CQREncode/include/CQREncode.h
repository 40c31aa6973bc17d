// A C interface to the one thing Puhui needs from libqrencode (Debian libqrencode-dev): a QR
// code's modules for a text, as one byte per module. The header keeps qrencode.h out of the
// Swift module's interface, so Swift sees two plain functions and no library types.
#ifndef PUHUI_CQRENCODE_H
#define PUHUI_CQRENCODE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Error correction levels, as QR codes name them: L ~7%, M ~15%, Q ~25%, H ~30% of the
/// symbol may be damaged and still read.
typedef enum { PUHUI_QR_L = 0, PUHUI_QR_M = 1, PUHUI_QR_Q = 2, PUHUI_QR_H = 3 } puhui_qr_level;

/// Encodes `text` (UTF-8, NUL-terminated) in the smallest version that holds it at `level`,
/// letting libqrencode choose numeric, alphanumeric and 8-bit segments (case kept). On success
/// returns a malloc'ed array of `*width` x `*width` bytes, row by row, 1 for a dark module and 0
/// for a light one, which the caller frees with `puhui_qr_free`; on failure (the text too long
/// for any version, no memory) returns NULL and sets `*width` to 0.
unsigned char *puhui_qr_encode(const char *text, puhui_qr_level level, int *width);

/// Frees what `puhui_qr_encode` returned (NULL is allowed).
void puhui_qr_free(unsigned char *modules);

#ifdef __cplusplus
}
#endif

#endif
