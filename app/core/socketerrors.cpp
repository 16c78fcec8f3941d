#include "socketerrors.h"
