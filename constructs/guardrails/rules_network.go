package guardrails

// Security groups.
func init() {
	rule("SG-1", "no ingress from anywhere",
		"admit traffic from a security group or a private range, never from 0.0.0.0/0 or ::/0",
		func(d *Doc) []finding {
			open := func(vs ...any) bool {
				for _, v := range vs {
					for _, c := range strList(v) {
						if c == "0.0.0.0/0" || c == "::/0" {
							return true
						}
					}
				}
				return false
			}
			var out []finding
			out = append(out, each(d, "aws_security_group", func(_ string, r map[string]any) string {
				for _, in := range ruleList(r["ingress"]) {
					if open(in["cidr_blocks"], in["ipv6_cidr_blocks"]) {
						return "admits ingress from anywhere"
					}
				}
				return ""
			})...)
			out = append(out, each(d, "aws_vpc_security_group_ingress_rule", func(_ string, r map[string]any) string {
				if open(r["cidr_ipv4"], r["cidr_ipv6"]) {
					return "admits ingress from anywhere"
				}
				return ""
			})...)
			out = append(out, each(d, "aws_security_group_rule", func(_ string, r map[string]any) string {
				if r["type"] == "ingress" && open(r["cidr_blocks"], r["ipv6_cidr_blocks"]) {
					return "admits ingress from anywhere"
				}
				return ""
			})...)
			return out
		})
}
