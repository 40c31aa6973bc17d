// libqrencode behind CQREncode.h: encode, copy the dark bit of every module out, free the
// library's symbol. libqrencode is thread-safe when built with pthreads (Debian's is).
#include "CQREncode.h"

#include <qrencode.h>
#include <stdlib.h>

unsigned char *puhui_qr_encode(const char *text, puhui_qr_level level, int *width) {
    *width = 0;
    if (text == NULL) return NULL;
    QRcode *code = QRcode_encodeString(text, 0, (QRecLevel)level, QR_MODE_8, 1);
    if (code == NULL) return NULL;
    size_t count = (size_t)code->width * (size_t)code->width;
    unsigned char *modules = malloc(count > 0 ? count : 1);
    if (modules == NULL) {
        QRcode_free(code);
        return NULL;
    }
    // Bit 0 of each byte is the module's colour (1 dark); the other bits say what the module is
    // for (finder, timing, data), which a drawing does not need.
    for (size_t i = 0; i < count; i++) modules[i] = code->data[i] & 1;
    *width = code->width;
    QRcode_free(code);
    return modules;
}

void puhui_qr_free(unsigned char *modules) { free(modules); }
