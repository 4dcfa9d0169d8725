#pragma once

#include "adapter.h"

// Google Benchmark's JSON (--benchmark_format=json, --benchmark_out): one result per benchmark
// instance; its repetitions form stats.data; aggregates (mean, median, stddev, cv, BigO, RMS) are
// not results, except for an instance whose repetitions the file leaves out
// (--benchmark_report_aggregates_only): its mean is the one data point, with the median and
// standard deviation beside it. An instance that skipped with an error is an error result. NaN and
// Infinity, which the library writes as bare tokens, are read as null.
class GbenchAdapter final : public Adapter
{
    Q_DECLARE_TR_FUNCTIONS(GbenchAdapter)

public:
    QString name() const override { return QStringLiteral("gbench"); }
    QString tool() const override { return QStringLiteral("Google Benchmark"); }
    QString title() const override { return tr("Google Benchmark JSON (--benchmark_format=json)"); }
    bool recognizes(const QString &fileName, const QByteArray &head) const override;
    bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const override;

    // "BM_Copy<int>/size:8/64/threads:2" → tags {name: BM_Copy, template: int, size: 8, arg0: 64,
    // threads: 2}.
    static QJsonObject tagsFromName(const QString &runName);
};
