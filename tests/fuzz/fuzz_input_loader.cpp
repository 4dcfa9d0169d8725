// SPDX-License-Identifier: MIT
// The JSON and NDJSON input loader: one object (--json, a --path file), NDJSON given as text and
// NDJSON read from a device in pieces under a size limit (standard input).
#include "fuzzsupport.h"

#include "inputloader.h"

#include <QBuffer>

namespace {
void drain(JsonObjectSource *source)
{
    QJsonObject object;
    QString error;
    // Every call either hands out an object, ends or fails: a source that did neither would loop.
    for (int i = 0; i < 100000; ++i) {
        const auto status = source->next(&object, &error);
        (void)source->origin();
        if (status != JsonObjectSource::Status::Object)
            return;
    }
    __builtin_trap(); // more objects than the input has lines
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    QJsonObject object;
    QString error;
    InputLoader::parseObject(input, &object, &error);
    drain(InputLoader::fromJsonText(QString::fromUtf8(input), QStringLiteral("--json")).get());
    drain(InputLoader::fromNdjsonText(QString::fromUtf8(input)).get());
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    InputSizeLimit limit;
    limit.bytes = 256; // small, so that lines past it are common
    drain(InputLoader::fromNdjsonDevice(&device, limit).get());
    return 0;
}
