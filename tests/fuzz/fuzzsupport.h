// SPDX-License-Identifier: MIT
#pragma once

// Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput (libFuzzer's entry point). Built
// with -DBENCHCONNECT_FUZZ=ON and clang they are libFuzzer programs (fuzz_<what>); in every other
// build the same sources are linked with replay.cpp, which runs them over their seed corpus and the
// inputs of crashes found before (tests/fuzz/regressions/<target>/), as part of the normal suite.

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace FuzzSupport {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits an input into at most `parts` pieces at each "\n@@\n", so that one input can carry several
// files (a batch and its journal, say). Missing pieces are empty.
inline QList<QByteArray> split(const QByteArray &input, int parts)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    while (out.size() < parts - 1) {
        const qsizetype at = input.indexOf("\n@@\n", from);
        if (at < 0)
            break;
        out.append(input.mid(from, at - from));
        from = at + 4;
    }
    out.append(input.mid(from));
    while (out.size() < parts)
        out.append(QByteArray());
    return out;
}

} // namespace FuzzSupport

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
