#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QMimeData;

// Takes folders and result files dropped from a file manager.
class DropArea : public QFrame
{
    Q_OBJECT

public:
    explicit DropArea(QWidget *parent = nullptr);

    // The local files and folders a drag carries; empty when it carries none.
    static QStringList localPaths(const QMimeData *mime);

signals:
    void pathsDropped(const QStringList &paths);
    void addRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void setHighlighted(bool on);

    QLabel *m_text;
};
