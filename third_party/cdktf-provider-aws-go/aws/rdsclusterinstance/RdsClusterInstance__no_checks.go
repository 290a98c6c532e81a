// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package rdsclusterinstance

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RdsClusterInstance) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateImportFromParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateMoveToIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterInstance) validatePutTimeoutsParameters(value *RdsClusterInstanceTimeouts) error {
	return nil
}

func validateRdsClusterInstance_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateRdsClusterInstance_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRdsClusterInstance_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateRdsClusterInstance_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetApplyImmediatelyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetAutoMinorVersionUpgradeParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetAvailabilityZoneParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetCaCertIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetClusterIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetCopyTagsToSnapshotParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetCustomIamInstanceProfileParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetDbParameterGroupNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetDbSubnetGroupNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetEngineParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetEngineVersionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetForceDestroyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetIdentifierPrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetInstanceClassParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetMonitoringIntervalParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetMonitoringRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetPerformanceInsightsEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetPerformanceInsightsKmsKeyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetPerformanceInsightsRetentionPeriodParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetPreferredBackupWindowParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetPreferredMaintenanceWindowParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetPromotionTierParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetPubliclyAccessibleParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterInstance) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func validateNewRdsClusterInstanceParameters(scope constructs.Construct, id *string, config *RdsClusterInstanceConfig) error {
	return nil
}

