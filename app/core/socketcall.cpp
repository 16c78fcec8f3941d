#include "socketcall.h"

QString SocketCall::toString() const
{
    QString text = function + u'(' + arguments + u')';
    if (!result.isEmpty())
        text += QStringLiteral(" → ") + result;
    return text;
}

SocketCall SocketCall::make(const QString &function, const QString &arguments, const QString &result,
                            bool failed)
{
    SocketCall call;
    call.time = QDateTime::currentDateTime();
    call.function = function;
    call.arguments = arguments;
    call.result = result;
    call.failed = failed;
    return call;
}
