#include "droparea.h"

#include "icons.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

DropArea::DropArea(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"dropArea"_s);
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Drop folders of result files (*.json) or single files here, or click to choose them"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    icon->setPixmap(Icons::icon(u"drop"_s).pixmap(size, size));
    m_text->setText(tr("Drop result folders or files here, or click to add"));
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setWordWrap(false); // one line; the tooltip says the rest
    auto *layout = new QHBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(m_text);
    layout->addStretch();
    setMinimumHeight(size + 2 * layout->contentsMargins().top());
}

QStringList DropArea::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

void DropArea::setHighlighted(bool on)
{
    setBackgroundRole(on ? QPalette::Highlight : QPalette::Base);
    m_text->setForegroundRole(on ? QPalette::HighlightedText : QPalette::PlaceholderText);
}

void DropArea::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void DropArea::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void DropArea::dragLeaveEvent(QDragLeaveEvent *)
{
    setHighlighted(false);
}

void DropArea::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit pathsDropped(paths);
}

void DropArea::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit addRequested();
    QFrame::mouseReleaseEvent(event);
}
