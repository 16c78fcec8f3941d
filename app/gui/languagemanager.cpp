#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == u"zh_CN")
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!supportedLanguages().contains(code))
        return false;
    if (code == m_current)
        return true;

    removeTranslators();
    const QLocale locale(code);
    QLocale::setDefault(locale);
    // English is the source language: the English catalogue exists so that
    // plural forms read well ("1 byte", "2 bytes").
    m_appTranslator = new QTranslator(this);
    if (m_appTranslator->load(QStringLiteral(":/i18n/netlab_%1.qm").arg(code)))
        QCoreApplication::installTranslator(m_appTranslator);
    if (code != u"en") {
        m_qtTranslator = new QTranslator(this);
        if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(m_qtTranslator);
        }
    }
    m_current = code;
    emit languageChanged(code);
    return true;
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}
