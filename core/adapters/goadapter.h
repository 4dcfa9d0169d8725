#pragma once

#include "adapter.h"

// Go's benchmarks: the text go test -bench prints, or its -json event stream. One result per
// benchmark (per GOMAXPROCS) with its ns/op of each -count run as stats.data in ns; each other
// metric with a Conbench unit (MB/s as B/s, b.ReportMetric's ops/s…) is a result of its own tagged
// with "metric"; B/op, allocs/op and metrics without a Conbench unit are kept in info. A failing
// benchmark is an error result; a skipped one is left out. A benchmark that prints to standard
// output splits its line: the name, what it printed, then the figures on a line of their own. A
// line that starts like a benchmark's result but cannot be read (cut short) is left out with a
// warning naming it.
class GoAdapter final : public Adapter
{
    Q_DECLARE_TR_FUNCTIONS(GoAdapter)

public:
    QString name() const override { return QStringLiteral("go"); }
    QString tool() const override { return QStringLiteral("go test -bench"); }
    QString title() const override { return tr("Go benchmarks (go test -bench, text or -json)"); }
    bool recognizes(const QString &fileName, const QByteArray &head) const override;
    bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const override;

    // "BenchmarkSort/size=100/fast-2" → tags {name: BenchmarkSort/fast, size: 100, gomaxprocs: 2}.
    static QJsonObject tagsFromName(const QString &fullName);
};
