// The shared test helpers (repository paths, external prerequisites) live in tests/Shared.
global using Downhill.Testing;
