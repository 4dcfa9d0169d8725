// SPDX-License-Identifier: MIT
// The test server's HTTP request parser: the bytes a client sent on one connection, read request
// after request as the server does.
#include "fuzzsupport.h"

#include "httpconnection.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray buffer = FuzzSupport::bytes(data, size);
    for (;;) {
        HttpRequest request;
        const HttpRequest::Parse parsed = HttpRequest::parse(buffer, &request);
        if (parsed.outcome != HttpRequest::Parse::Complete)
            break;
        if (parsed.consumed <= 0 || parsed.consumed > buffer.size())
            __builtin_trap(); // would loop or read past the buffer
        request.cookie("session");
        buffer.remove(0, parsed.consumed);
    }
    return 0;
}
