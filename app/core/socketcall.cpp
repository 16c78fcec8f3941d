#include "socketcall.h"

QString SocketCall::toString() const
{
    QString text = function + u'(' + arguments + u')';
    if (!result.isEmpty())
        text += QStringLiteral(" → ") + result;
    return text;
}
