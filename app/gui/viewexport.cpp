#include "viewexport.h"

#include "exportcontroller.h"
#include "history/historymodel.h"
#include "historyview.h"

namespace tricheck::gui {

ViewExport::ViewExport(HistoryView* view, ExportController* exporter, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_exporter(exporter)
{ }

void ViewExport::request()
{
    history::HistoryModel* model = m_view->model();
    if (!model || !model->isCounting()) {
        m_exporter->exportHistory(m_view->filter(), m_view->sort(), m_view->visibleColumns(), m_view->matchingRows());
        return;
    }
    m_filter = m_view->filter();
    m_sort = m_view->sort();
    if (m_whenCounted)
        return;
    emit message(tr("Counting the attempts to export…"));
    // Counted, or read again with the same filter and nothing left to count (a page that is no
    // longer full is its own count): asked now.
    const auto resume = [this, model] {
        if (stillShown() && !model->isCounting()) {
            stopWaiting();
            request();
        }
    };
    m_whenReread = connect(model, &QAbstractItemModel::modelReset, this, resume);
    m_whenCounted = connect(model, &history::HistoryModel::counted, this, resume);
    // Another history opened meanwhile: what was counted is gone with the model that counted it.
    m_whenReplaced = connect(m_view, &HistoryView::modelReplaced, this, [this] {
        stopWaiting();
        emit message(tr("The export was not started: another history was opened while the attempts were counted."));
    });
}

bool ViewExport::stillShown()
{
    if (m_view->filter() == m_filter && m_view->sort() == m_sort)
        return true;
    stopWaiting();
    emit message(tr("The export was not started: the filter changed while the attempts were counted."));
    return false;
}

void ViewExport::stopWaiting()
{
    for (QMetaObject::Connection* c : {&m_whenCounted, &m_whenReread, &m_whenReplaced}) {
        disconnect(*c);
        *c = {};
    }
}

} // namespace tricheck::gui
