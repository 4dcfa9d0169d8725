#pragma once

#include "adapter.h"

// Conbench's own result JSON: a file holding one result object, or NDJSON (one per line), taken as
// it is. Recognized last, for any file that starts with "{" and no other format claims.
class ConbenchAdapter final : public Adapter
{
    Q_DECLARE_TR_FUNCTIONS(ConbenchAdapter)

public:
    QString name() const override { return QStringLiteral("conbench"); }
    QString tool() const override { return QStringLiteral("Conbench"); }
    QString title() const override { return tr("Conbench result JSON (one object, or one per line)"); }
    bool recognizes(const QString &fileName, const QByteArray &head) const override;
    bool convert(
        QByteArray content, ConvertedResults *results, QStringList *notes, QString *error) const override;
};
