#pragma once

#include "adapter.h"

// Catch2's XML reporter (-r xml): one result per <BenchmarkResults>, its mean in ns standing for
// the data (the file keeps no samples) with the standard deviation and the iterations; the test
// case and section are tags; a benchmark that threw (<failed message>) is an error result.
class Catch2Adapter final : public Adapter
{
    Q_DECLARE_TR_FUNCTIONS(Catch2Adapter)

public:
    QString name() const override { return QStringLiteral("catch2"); }
    QString tool() const override { return QStringLiteral("Catch2"); }
    QString title() const override { return tr("Catch2 XML (-r xml)"); }
    bool recognizes(const QString &fileName, const QByteArray &head) const override;
    bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const override;
};
