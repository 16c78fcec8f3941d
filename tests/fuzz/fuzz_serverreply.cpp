// libFuzzer target: the TCP server's message and reply handling, as far as it
// is callable without sockets (TcpServerSupport: messageText, lineEndingOf,
// expandTemplate, encodeReply, ReplyMaker) plus the Conversation mode's
// command lookup written out here as the engine does it (the lookup itself is
// inline in TcpServerEngine's read handler and needs a connected socket).
//
// Invariants beyond "no crash":
//  - messageText removes exactly the line ending lineEndingOf names, once;
//  - expandTemplate works in one pass: text from a placeholder is never
//    expanded again, and a template without braces comes back unchanged;
//  - ReplyMaker's reply equals encodeReply(expandTemplate(...)) with the
//    read's own line ending, for templates without {time};
//  - an empty template sends nothing.

#include "fuzzinput.h"
#include "tcpserverengine.h"
#include "tcpserversupport.h"
#include "textcodecs.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace TcpServerSupport;
    FuzzInput in(data, size);
    const QStringList encodings = TextCodecs::availableIds();
    const QString encoding = encodings.at(in.choice(int(encodings.size())));
    // Templates are mostly made of placeholders, so that the fuzzer meets
    // them often; the pieces between them are arbitrary.
    static const char *const pieces[] = {"{message}", "{peer}", "{time}", "{", "}", "{mess", "age}", ""};
    QString replyTemplate;
    const int pieceCount = in.choice(6);
    for (int i = 0; i < pieceCount; ++i) {
        replyTemplate += in.utf8String(8);
        replyTemplate += QLatin1String(pieces[in.choice(8)]);
    }
    const QString peer = in.utf8String(24);
    const QByteArray read = in.rest();

    // Line ending: removed once, and named.
    QString ending;
    const QString message = messageText(read, encoding, &ending);
    const QLatin1String named = lineEndingOf(read);
    FUZZ_CHECK(ending == named, "messageText removed %s, lineEndingOf says %s", fuzzText(ending).constData(),
               named.data());
    FUZZ_CHECK(read.endsWith(ending.toLatin1()), "line ending %s is not at the end of %s",
               fuzzText(ending).constData(), fuzzHex(read).constData());
    FUZZ_CHECK(ending.isEmpty() || ending == QLatin1String("\n") || ending == QLatin1String("\r\n"),
               "odd line ending");

    // One pass: a message full of placeholders is inserted literally.
    const QDateTime when(QDate(2026, 11, 25), QTime(21, 3, 4));
    FUZZ_CHECK(expandTemplate(QStringLiteral("{message}"), message, peer, when) == message,
               "{message} was expanded twice for %s", fuzzText(message).constData());
    FUZZ_CHECK(expandTemplate(QStringLiteral("[{peer}]"), message, peer, when) == u'[' + peer + u']',
               "{peer} was expanded twice for %s", fuzzText(peer).constData());
    if (!replyTemplate.contains(u'{'))
        FUZZ_CHECK(expandTemplate(replyTemplate, message, peer, when) == replyTemplate,
                   "a template without placeholders changed");

    // ReplyMaker agrees with the plain functions it optimises.
    const ReplyMaker maker(replyTemplate, encoding);
    const QByteArray reply = maker.reply(read, peer);
    if (replyTemplate.isEmpty()) {
        FUZZ_CHECK(maker.sendsNothing() && reply.isEmpty(), "an empty template sent %s",
                   fuzzHex(reply).constData());
    } else if (!replyTemplate.contains(QLatin1String("{time}"))) {
        const QByteArray expected
            = encodeReply(expandTemplate(replyTemplate, message, peer, QDateTime()), encoding, ending);
        FUZZ_CHECK(reply == expected, "ReplyMaker gave %s, the plain functions %s",
                   fuzzHex(reply).constData(), fuzzHex(expected).constData());
    }

    // The Conversation mode's lookup (as in TcpServerEngine): the default
    // commands match their word in any case, whatever surrounds it.
    const QString word = message.trimmed();
    for (const TcpServerEngine::Command &command : TcpServerEngine::defaultCommands()) {
        const bool matched = !command.word.isEmpty() && word.compare(command.word, Qt::CaseInsensitive) == 0;
        if (matched) {
            FUZZ_CHECK(word.size() == command.word.size(), "command %s matched %s",
                       fuzzText(command.word).constData(), fuzzText(word).constData());
            const QString text = expandTemplate(command.replyTemplate, message, peer, when);
            const QByteArray bytes = encodeReply(text, encoding, ending);
            FUZZ_CHECK(command.replyTemplate.isEmpty() || !bytes.isEmpty(), "command %s gave no reply",
                       fuzzText(command.word).constData());
        }
    }
    return 0;
}
