#include "newestrowfollower.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QScrollBar>

void followNewestRows(QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    // Whether the list showed its end just before the rows came: the state
    // lives in a small object owned by the view, so it goes with the view.
    auto *state = new QObject(view);
    state->setProperty("atEnd", true);
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, state, [view, state] {
        const QScrollBar *bar = view->verticalScrollBar();
        state->setProperty("atEnd", bar->value() == bar->maximum());
    });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, state, [view, state] {
        if (state->property("atEnd").toBool())
            view->scrollToBottom();
    });
}
