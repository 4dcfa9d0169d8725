#pragma once

#include <QIcon>
#include <QString>

// The window's icons: one set drawn for benchconnect (resources/icons, 24 px grid, 2 px strokes,
// one slate colour for outlines and one accent per meaning), looked up by name here only, so that
// every icon shares a style whatever the desktop's icon theme.
class Icons
{
public:
    // name: the file's base name in resources/icons ("submit", "outbox"); a null icon when unknown.
    static QIcon icon(const QString &name);
};
