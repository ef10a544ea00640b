//===- StructOpsWrites.cpp - Kernel struct writes struct_ops allow --------===//
//
// bpf_tcp_ca_btf_struct_access() of Linux 6.12, with the fields located in
// the target BTF's tcp_sock (which embeds inet_connection_sock, inet_sock
// and sock at offset 0). Writes from other struct_ops types are not
// described.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/StructOpsWrites.h"
#include "verifiable/Model/BtfStructAccess.h"

#include <bpf/btf.h>

#include <initializer_list>
#include <optional>

using namespace verifiable;
using namespace verifiable::model;

namespace {

struct FieldRange {
  int64_t Off;
  int64_t End;
};

/// The byte range of the member reached by \p Path of names from \p Type.
std::optional<FieldRange> fieldAt(const struct btf *B, uint32_t Type,
                                  std::initializer_list<const char *> Path) {
  int64_t Off = 0;
  const struct btf_type *T = nullptr;
  for (const char *Name : Path) {
    T = btf__type_by_id(B, btfSkipModifiers(B, Type));
    if (!T || !btf_is_composite(T))
      return std::nullopt;
    const struct btf_member *Found = nullptr;
    for (unsigned I = 0; I < btf_vlen(T); ++I) {
      const char *N = btf__name_by_offset(B, btf_members(T)[I].name_off);
      if (N && std::string_view(N) == Name)
        Found = &btf_members(T)[I];
    }
    if (!Found || btf_member_bitfield_size(T, Found - btf_members(T)))
      return std::nullopt;
    Off += btf_member_bit_offset(T, Found - btf_members(T)) / 8;
    Type = Found->type;
  }
  int64_t Size = btf__resolve_size(B, Type);
  if (Size <= 0)
    return std::nullopt;
  return FieldRange{Off, Off + Size};
}

StructOpsWrite refuse(std::string Message) {
  StructOpsWrite W;
  W.Status = StructOpsWrite::Refused;
  W.Message = std::move(Message);
  return W;
}

StructOpsWrite tcpCaWrite(const struct btf *B, uint32_t Type, int64_t Off,
                          int64_t Size) {
  uint32_t TcpSock = btfFindStruct(B, "tcp_sock");
  if (!TcpSock || btfSkipModifiers(B, Type) != TcpSock)
    return refuse("only read is supported");
  auto SockField = [&](const char *F) {
    return fieldAt(B, TcpSock, {"inet_conn", "icsk_inet", "sk", F});
  };
  // The fields the kernel lets a congestion control write, each from its
  // first byte; icsk_ca_priv from any byte.
  std::optional<FieldRange> Fields[] = {
      SockField("sk_pacing_rate"),
      SockField("sk_pacing_status"),
      fieldAt(B, TcpSock, {"inet_conn", "icsk_ack", "pending"}),
      fieldAt(B, TcpSock, {"snd_cwnd"}),
      fieldAt(B, TcpSock, {"snd_cwnd_cnt"}),
      fieldAt(B, TcpSock, {"snd_cwnd_stamp"}),
      fieldAt(B, TcpSock, {"snd_ssthresh"}),
      fieldAt(B, TcpSock, {"ecn_flags"}),
      fieldAt(B, TcpSock, {"app_limited"}),
  };
  std::optional<FieldRange> Priv =
      fieldAt(B, TcpSock, {"inet_conn", "icsk_ca_priv"});
  for (const std::optional<FieldRange> &F : Fields)
    if (!F || !Priv)
      return {StructOpsWrite::Unmodelled,
              "a tcp_sock field the kernel lets congestion controls write "
              "is not in the target BTF"};
  std::optional<int64_t> End;
  if (Off >= Priv->Off && Off < Priv->End)
    End = Priv->End;
  for (const std::optional<FieldRange> &F : Fields)
    if (!End && F->Off == Off)
      End = F->End;
  if (!End)
    return refuse("no write support to tcp_sock at off " + std::to_string(Off));
  if (Off + Size > *End)
    return refuse("write access at off " + std::to_string(Off) + " with size " +
                  std::to_string(Size) +
                  " beyond the member of tcp_sock ended at " +
                  std::to_string(*End));
  StructOpsWrite W;
  W.Status = StructOpsWrite::Allowed;
  return W;
}

} // namespace

StructOpsWrite model::structOpsWrite(const struct btf *B,
                                     std::string_view StructOps, uint32_t Type,
                                     int64_t Off, int64_t Size) {
  if (StructOps == "tcp_congestion_ops")
    return tcpCaWrite(B, Type, Off, Size);
  return {StructOpsWrite::Unmodelled,
          "writes through kernel struct pointers in struct " +
              std::string(StructOps) + " programs are not modelled yet"};
}
