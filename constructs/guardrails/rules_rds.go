package guardrails

import "fmt"

// RDS: clusters and instances.
func init() {
	requireKey("RDS-1", "aws_rds_cluster", "database storage", "",
		"set storage_encrypted = true and kms_key_id to the environment's key",
		func(_ *Doc, _ string, r map[string]any) bool {
			return r["storage_encrypted"] == true && set(r["kms_key_id"])
		})
	rule("RDS-2", "database instances are not publicly accessible",
		"set publicly_accessible = false and keep the instances in isolated subnets",
		func(d *Doc) []finding {
			var out []finding
			for _, typ := range []string{"aws_rds_cluster_instance", "aws_db_instance"} {
				out = append(out, each(d, typ, func(_ string, r map[string]any) string {
					if r["publicly_accessible"] == false {
						return ""
					}
					return "is (or may default to) publicly accessible"
				})...)
			}
			return out
		})
	requireProtected("RDS-3", "database of a protected environment has deletion protection",
		"set deletion_protection = true (protect_data: true in the spec does)",
		"aws_rds_cluster", "has no deletion protection",
		func(_ *Doc, _ string, r map[string]any) bool { return r["deletion_protection"] == true })
	rule("RDS-4", "database keeps backups for at least 7 days",
		"set backup_retention_period to 7 or more (database.backup_retention_days in the spec)",
		func(d *Doc) []finding {
			return each(d, "aws_rds_cluster", func(_ string, r map[string]any) string {
				if number(r["backup_retention_period"]) >= 7 {
					return ""
				}
				return fmt.Sprintf("keeps backups for %v day(s), fewer than 7", r["backup_retention_period"])
			})
		})
}
