package main

import (
	"github.com/hoshyar/hoshyar/config"
	"github.com/hoshyar/hoshyar/store"
	"github.com/hoshyar/hoshyar/vault"
)

// openVault makes the key ring of cfg and installs it as the store's: from
// here on the store seals personal columns with it. A process has one
// configuration, so the first vault installed stays (in a test binary,
// the harness's, which opens what every test server seals).
func openVault(cfg config.Config) (*vault.Vault, error) {
	v, err := vault.NewRing(cfg.SecretKey, cfg.PreviousSecretKeys, cfg.HashSecretKey)
	if err != nil {
		return nil, err
	}
	store.UseVaultOnce(v)
	return v, nil
}
