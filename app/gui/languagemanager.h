#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

// Loads NetLab's catalogue and Qt's own (standard buttons, dialogs) for one of
// the supported languages and installs them on the running application, so
// every widget receives QEvent::LanguageChange and retranslates itself. Works
// with a QCoreApplication too (for --help). GUI thread only.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "en" and "zh_CN", in menu order.
    static QStringList supportedLanguages();
    // The language to start in when the user never chose one: zh_CN for any
    // Chinese locale, English otherwise.
    static QString languageForLocale(const QLocale &locale);
    // The name of a language in that language ("English", "简体中文"); never translated.
    static QString nativeName(const QString &code);

    QString current() const { return m_current; }

    // Installs the catalogues for code; false (and nothing changes) when the
    // code is not supported.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_current;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};
