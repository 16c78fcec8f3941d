#include "tcpserverengine.h"
