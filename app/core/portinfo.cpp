#include "portinfo.h"
