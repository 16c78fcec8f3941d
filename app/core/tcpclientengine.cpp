#include "tcpclientengine.h"
