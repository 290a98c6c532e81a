// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package rdscluster

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RdsCluster) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateImportFromParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateMoveToIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validatePutRestoreToPointInTimeParameters(value *RdsClusterRestoreToPointInTime) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validatePutS3ImportParameters(value *RdsClusterS3Import) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validatePutScalingConfigurationParameters(value *RdsClusterScalingConfiguration) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validatePutServerlessv2ScalingConfigurationParameters(value *RdsClusterServerlessv2ScalingConfiguration) error {
	return nil
}

func (r *jsiiProxy_RdsCluster) validatePutTimeoutsParameters(value *RdsClusterTimeouts) error {
	return nil
}

func validateRdsCluster_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateRdsCluster_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRdsCluster_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateRdsCluster_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetAllocatedStorageParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetAllowMajorVersionUpgradeParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetApplyImmediatelyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetAvailabilityZonesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetBacktrackWindowParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetBackupRetentionPeriodParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetCaCertificateIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetClusterIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetClusterIdentifierPrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetClusterMembersParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetCopyTagsToSnapshotParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDatabaseNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDbClusterInstanceClassParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDbClusterParameterGroupNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDbInstanceParameterGroupNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDbSubnetGroupNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDbSystemIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDeleteAutomatedBackupsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDeletionProtectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDomainParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetDomainIamRoleNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetEnabledCloudwatchLogsExportsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetEnableGlobalWriteForwardingParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetEnableHttpEndpointParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetEnableLocalWriteForwardingParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetEngineParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetEngineLifecycleSupportParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetEngineModeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetEngineVersionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetFinalSnapshotIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetGlobalClusterIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetIamDatabaseAuthenticationEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetIamRolesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetIopsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetKmsKeyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetManageMasterUserPasswordParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetMasterPasswordParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetMasterUsernameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetMasterUserSecretKmsKeyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetNetworkTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetPerformanceInsightsEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetPerformanceInsightsKmsKeyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetPerformanceInsightsRetentionPeriodParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetPortParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetPreferredBackupWindowParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetPreferredMaintenanceWindowParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetReplicationSourceIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetSkipFinalSnapshotParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetSnapshotIdentifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetSourceRegionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetStorageEncryptedParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetStorageTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_RdsCluster) validateSetVpcSecurityGroupIdsParameters(val *[]*string) error {
	return nil
}

func validateNewRdsClusterParameters(scope constructs.Construct, id *string, config *RdsClusterConfig) error {
	return nil
}

