// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dynamodbtable

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DynamodbTable) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateImportFromParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateMoveToIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutAttributeParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutGlobalSecondaryIndexParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutImportTableParameters(value *DynamodbTableImportTable) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutLocalSecondaryIndexParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutOnDemandThroughputParameters(value *DynamodbTableOnDemandThroughput) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutPointInTimeRecoveryParameters(value *DynamodbTablePointInTimeRecovery) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutReplicaParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutServerSideEncryptionParameters(value *DynamodbTableServerSideEncryption) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutTimeoutsParameters(value *DynamodbTableTimeouts) error {
	return nil
}

func (d *jsiiProxy_DynamodbTable) validatePutTtlParameters(value *DynamodbTableTtl) error {
	return nil
}

func validateDynamodbTable_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDynamodbTable_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDynamodbTable_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateDynamodbTable_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetBillingModeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetDeletionProtectionEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetHashKeyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetRangeKeyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetReadCapacityParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetRestoreDateTimeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetRestoreSourceNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetRestoreSourceTableArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetRestoreToLatestTimeParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetStreamEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetStreamViewTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetTableClassParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTable) validateSetWriteCapacityParameters(val *float64) error {
	return nil
}

func validateNewDynamodbTableParameters(scope constructs.Construct, id *string, config *DynamodbTableConfig) error {
	return nil
}

