#include "hosttab.h"
