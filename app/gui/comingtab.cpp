#include "comingtab.h"
