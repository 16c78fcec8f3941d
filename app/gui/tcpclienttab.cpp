#include "tcpclienttab.h"
