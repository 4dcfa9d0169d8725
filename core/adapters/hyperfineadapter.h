#pragma once

#include "adapter.h"

// hyperfine's JSON (--export-json): one result per command, its run times (seconds) as
// stats.data; the parameters of a parameter scan as tags; a command that exited with a non-zero
// status in any run is an error result.
class HyperfineAdapter final : public Adapter
{
    Q_DECLARE_TR_FUNCTIONS(HyperfineAdapter)

public:
    QString name() const override { return QStringLiteral("hyperfine"); }
    QString tool() const override { return QStringLiteral("hyperfine"); }
    QString title() const override { return tr("hyperfine JSON (--export-json)"); }
    bool recognizes(const QString &fileName, const QByteArray &head) const override;
    bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const override;
};
