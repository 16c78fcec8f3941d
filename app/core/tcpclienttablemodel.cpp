#include "tcpclienttablemodel.h"
