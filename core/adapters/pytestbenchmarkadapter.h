#pragma once

#include "adapter.h"

// pytest-benchmark's JSON (--benchmark-json, or a file --benchmark-save stored): one result per
// benchmark; its rounds form stats.data in seconds when the file holds them (--benchmark-json
// always does, --benchmark-save with --benchmark-save-data), else the mean stands for the data and
// the summary statistics come along. params and the group are tags. NaN and Infinity, which
// Python's json module writes as bare tokens (in extra_info, say), are read as null.
class PytestBenchmarkAdapter final : public Adapter
{
    Q_DECLARE_TR_FUNCTIONS(PytestBenchmarkAdapter)

public:
    QString name() const override { return QStringLiteral("pytest"); }
    QString tool() const override { return QStringLiteral("pytest-benchmark"); }
    QString title() const override { return tr("pytest-benchmark JSON (--benchmark-json)"); }
    bool recognizes(const QString &fileName, const QByteArray &head) const override;
    bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const override;
};
