// A valid BPF object with data but no program.
int answer = 42;
char LICENSE[] __attribute__((section("license"), used)) = "GPL";
