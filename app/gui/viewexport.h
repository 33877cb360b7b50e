#pragma once

#include "history/historyquery.h"

#include <QObject>

namespace tricheck::gui {

class ExportController;
class HistoryView;

// File → Export history…: what a history view shows, exported through an ExportController. The
// export's warning names how many attempts the file will hold; while the view still counts them
// in the background, the request waits for that count rather than counting again on the GUI
// thread (seconds at ten million attempts filtered by a reference text). Another filter or sort
// meanwhile drops it (it was asked for what was shown); the same one read again (new attempts
// arrived) keeps it waiting, or exports at once when nothing is left to count. Another history
// opened meanwhile drops it too.
class ViewExport : public QObject
{
    Q_OBJECT

public:
    ViewExport(HistoryView* view, ExportController* exporter, QObject* parent);
    void request();

signals:
    void message(const QString& text);

private:
    bool stillShown(); // the view shows what the waiting request was for, else it is dropped
    void stopWaiting();

    HistoryView* m_view;
    ExportController* m_exporter;
    QMetaObject::Connection m_whenCounted;
    QMetaObject::Connection m_whenReread;
    QMetaObject::Connection m_whenReplaced;
    history::HistoryFilter m_filter;
    history::HistorySort m_sort;
};

} // namespace tricheck::gui
