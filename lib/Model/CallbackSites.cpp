//===- CallbackSites.cpp - Helpers and kfuncs that call back --------------===//
//
// Lookups over the rows of CallbackSites.def.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/CallbackSites.h"
#include "verifiable/Model/Helpers.h"

using namespace verifiable::model;

static const CallbackSite Sites[] = {
#define CALLBACK_SITE(Name, HelperId, Kfunc, CallbackArg, CtxArg, MapArg,      \
                      MapValueArg, NumParams, ParamMap, ParamKey, ParamValue,  \
                      ParamCtx)                                                \
  {Name,        HelperId,  Kfunc,    CallbackArg, CtxArg,     MapArg,          \
   MapValueArg, NumParams, ParamMap, ParamKey,    ParamValue, ParamCtx},
#include "verifiable/Model/CallbackSites.def"
};

const CallbackSite *verifiable::model::findCallbackHelper(unsigned Id) {
  if (Id == 0)
    return nullptr;
  for (const CallbackSite &S : Sites)
    if (S.HelperId == Id)
      return &S;
  return nullptr;
}

const CallbackSite *
verifiable::model::findCallbackKfunc(std::string_view Symbol) {
  if (Symbol.empty())
    return nullptr;
  for (const CallbackSite &S : Sites)
    if (S.HelperId == 0 && Symbol == S.Kfunc)
      return &S;
  return nullptr;
}
