// SPDX-License-Identifier: MIT
// Every benchmark-tool adapter of the registry (Adapters::all()), so that an adapter added later is
// fuzzed without new code. An input whose first line is an adapter's name ("gbench") is a file for
// that adapter (the seed corpus is made so); any other input is given to every adapter whole.
// Recognition is asked of every adapter.
#include "fuzzsupport.h"

#include "adapter.h"

namespace {
void convert(const Adapter &adapter, const QByteArray &content)
{
    ConvertedResults results;
    QStringList notes;
    QString error;
    adapter.convert(content, &results, &notes, &error);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const Adapter *named
        = newline > 0 ? Adapters::byName(QString::fromLatin1(input.left(newline).trimmed())) : nullptr;
    const QByteArray content = named ? input.mid(newline + 1) : input;
    for (const auto &adapter : Adapters::all()) {
        adapter->recognizes(QStringLiteral("fuzz.json"), content.left(4096));
        adapter->recognizes(QStringLiteral("fuzz.txt"), content.left(4096));
    }
    Adapters::recognize(QStringLiteral("fuzz.xml"), content.left(4096));
    if (named) {
        convert(*named, content);
    } else {
        for (const auto &adapter : Adapters::all())
            convert(*adapter, content);
    }
    return 0;
}
