package envs

import (
	"strings"
	"testing"
)

// FuzzLoadSettings feeds arbitrary values to every variable the settings
// parser reads: the answer is valid settings or problems that each name
// their variable, never a panic, and accepted settings keep the rules the
// rest of the code relies on. Its seed corpus is testdata/fuzz/FuzzLoadSettings.
func FuzzLoadSettings(f *testing.F) {
	f.Add("", "", "", "", "", "", "", "")
	f.Add("aws", "s3", "estate-state", "us-east-1", "estate/prod", "locks", "pr7", "dev,prod")
	f.Add("AWS", "S3", "Bad Bucket", "us-east-1`id`", "/x/../y", "t;drop", "PR7", "$(id)")
	f.Fuzz(func(t *testing.T, target, backend, bucket, region, prefix, table, suffix, allow string) {
		vars := map[string]string{
			EnvTarget: target, EnvStateBackend: backend, EnvStateBucket: bucket, EnvStateRegion: region,
			EnvStateKeyPrefix: prefix, EnvStateLockTable: table, EnvSuffix: suffix, EnvAllowDestroy: allow,
		}
		p, problems := LoadSettings(func(k string) string { return vars[k] })
		for _, pr := range problems {
			if !strings.HasPrefix(pr.File, "environment variable ") || pr.Message == "" {
				t.Errorf("a problem that names no variable: %+v", pr)
			}
		}
		if len(problems) > 0 {
			return
		}
		if p.Target != TargetLocal && p.Target != TargetAWS {
			t.Errorf("accepted target %q", p.Target)
		}
		if p.Backend.Kind != BackendLocal && p.Backend.Kind != BackendS3 {
			t.Errorf("accepted backend %q", p.Backend.Kind)
		}
		if p.Suffix != "" && !suffixPattern.MatchString(p.Suffix) {
			t.Errorf("accepted suffix %q", p.Suffix)
		}
		for name := range p.AllowDestroy {
			if !envNamePattern.MatchString(name) {
				t.Errorf("accepted ALLOW_DESTROY name %q", name)
			}
		}
		if p.Backend.Kind == BackendS3 && (strings.ContainsAny(p.Backend.Bucket+p.Backend.Region+p.Backend.KeyPrefix+p.Backend.LockTable, " $`;|&<>\"'\\\n") || strings.Contains(p.Backend.KeyPrefix, "..")) {
			t.Errorf("accepted S3 settings with shell or path metacharacters: %+v", p.Backend)
		}
	})
}
