#pragma once

#include <QString>

#include <optional>

class QComboBox;
class QLabel;

// Checks and fillers shared by the tabs' input fields, so every tab says the
// same thing about the same mistake. Texts are translated in the context
// "InputFields". GUI thread only.
namespace InputFields {

// The result of reading a port field: the port, or a sentence saying what is
// wrong with the text (empty text counts as a mistake).
struct PortReading
{
    std::optional<quint16> port;
    QString problem;
};

// allowZero: 0 means "any free port" (a server or receiver); otherwise the
// port is a destination and must be 1..65535.
PortReading readPort(const QString &text, bool allowZero);

// Shows problem under a field (hidden when empty), as plain text.
void showProblem(QLabel *label, const QString &problem);

// The listen/bind address choices, data = the address text: 127.0.0.1, ::1,
// each address of this machine, then the two "all interfaces" choices (0.0.0.0
// and ::) last, so binding to every interface is a deliberate choice. Selects
// 127.0.0.1. retranslateListenAddresses() sets the translated item texts.
void fillListenAddresses(QComboBox *combo);
void retranslateListenAddresses(QComboBox *combo);
// True for 0.0.0.0 and :: (every interface of the machine).
bool isAllInterfaces(const QString &address);
// The warning shown when an "all interfaces" address is chosen.
QString allInterfacesWarning();

} // namespace InputFields
