import * as $protobuf from "protobufjs";
import Long from "long";

export namespace msgqueue {

    interface ITbMsgMetaDataProto extends msgqueue.TbMsgMetaDataProto.$Properties {
    }

    class TbMsgMetaDataProto {
        constructor(properties?: msgqueue.TbMsgMetaDataProto.$Properties);
        $unknowns?: Uint8Array[];
        data: { [k: string]: string };
        static create(properties: msgqueue.TbMsgMetaDataProto.$Shape): msgqueue.TbMsgMetaDataProto & msgqueue.TbMsgMetaDataProto.$Shape;
        static create(properties?: msgqueue.TbMsgMetaDataProto.$Properties): msgqueue.TbMsgMetaDataProto;
        static encode(message: msgqueue.TbMsgMetaDataProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): msgqueue.TbMsgMetaDataProto & msgqueue.TbMsgMetaDataProto.$Shape;
        static fromObject(object: { [k: string]: any }): msgqueue.TbMsgMetaDataProto;
        static toObject(message: msgqueue.TbMsgMetaDataProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TbMsgMetaDataProto {
        interface $Properties {
            data?: ({ [k: string]: string }|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = msgqueue.TbMsgMetaDataProto.$Properties;
    }

    interface ITbMsgProcessingStackItemProto extends msgqueue.TbMsgProcessingStackItemProto.$Properties {
    }

    class TbMsgProcessingStackItemProto {
        constructor(properties?: msgqueue.TbMsgProcessingStackItemProto.$Properties);
        $unknowns?: Uint8Array[];
        ruleChainIdMSB: Long;
        ruleChainIdLSB: Long;
        ruleNodeIdMSB: Long;
        ruleNodeIdLSB: Long;
        static create(properties: msgqueue.TbMsgProcessingStackItemProto.$Shape): msgqueue.TbMsgProcessingStackItemProto & msgqueue.TbMsgProcessingStackItemProto.$Shape;
        static create(properties?: msgqueue.TbMsgProcessingStackItemProto.$Properties): msgqueue.TbMsgProcessingStackItemProto;
        static encode(message: msgqueue.TbMsgProcessingStackItemProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): msgqueue.TbMsgProcessingStackItemProto & msgqueue.TbMsgProcessingStackItemProto.$Shape;
        static fromObject(object: { [k: string]: any }): msgqueue.TbMsgProcessingStackItemProto;
        static toObject(message: msgqueue.TbMsgProcessingStackItemProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TbMsgProcessingStackItemProto {
        interface $Properties {
            ruleChainIdMSB?: (Long|null);
            ruleChainIdLSB?: (Long|null);
            ruleNodeIdMSB?: (Long|null);
            ruleNodeIdLSB?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = msgqueue.TbMsgProcessingStackItemProto.$Properties;
    }

    interface ITbMsgProcessingCtxProto extends msgqueue.TbMsgProcessingCtxProto.$Properties {
    }

    class TbMsgProcessingCtxProto {
        constructor(properties?: msgqueue.TbMsgProcessingCtxProto.$Properties);
        $unknowns?: Uint8Array[];
        ruleNodeExecCounter: number;
        stack: msgqueue.TbMsgProcessingStackItemProto.$Properties[];
        static create(properties: msgqueue.TbMsgProcessingCtxProto.$Shape): msgqueue.TbMsgProcessingCtxProto & msgqueue.TbMsgProcessingCtxProto.$Shape;
        static create(properties?: msgqueue.TbMsgProcessingCtxProto.$Properties): msgqueue.TbMsgProcessingCtxProto;
        static encode(message: msgqueue.TbMsgProcessingCtxProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): msgqueue.TbMsgProcessingCtxProto & msgqueue.TbMsgProcessingCtxProto.$Shape;
        static fromObject(object: { [k: string]: any }): msgqueue.TbMsgProcessingCtxProto;
        static toObject(message: msgqueue.TbMsgProcessingCtxProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TbMsgProcessingCtxProto {
        interface $Properties {
            ruleNodeExecCounter?: (number|null);
            stack?: (msgqueue.TbMsgProcessingStackItemProto.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = msgqueue.TbMsgProcessingCtxProto.$Properties;
    }

    interface ICalculatedFieldIdProto extends msgqueue.CalculatedFieldIdProto.$Properties {
    }

    class CalculatedFieldIdProto {
        constructor(properties?: msgqueue.CalculatedFieldIdProto.$Properties);
        $unknowns?: Uint8Array[];
        calculatedFieldIdMSB: Long;
        calculatedFieldIdLSB: Long;
        static create(properties: msgqueue.CalculatedFieldIdProto.$Shape): msgqueue.CalculatedFieldIdProto & msgqueue.CalculatedFieldIdProto.$Shape;
        static create(properties?: msgqueue.CalculatedFieldIdProto.$Properties): msgqueue.CalculatedFieldIdProto;
        static encode(message: msgqueue.CalculatedFieldIdProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): msgqueue.CalculatedFieldIdProto & msgqueue.CalculatedFieldIdProto.$Shape;
        static fromObject(object: { [k: string]: any }): msgqueue.CalculatedFieldIdProto;
        static toObject(message: msgqueue.CalculatedFieldIdProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CalculatedFieldIdProto {
        interface $Properties {
            calculatedFieldIdMSB?: (Long|null);
            calculatedFieldIdLSB?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = msgqueue.CalculatedFieldIdProto.$Properties;
    }

    interface ITbMsgProto extends msgqueue.TbMsgProto.$Properties {
    }

    class TbMsgProto {
        constructor(properties?: msgqueue.TbMsgProto.$Properties);
        $unknowns?: Uint8Array[];
        id: string;
        type: string;
        entityType: string;
        entityIdMSB: Long;
        entityIdLSB: Long;
        ruleChainIdMSB: Long;
        ruleChainIdLSB: Long;
        ruleNodeIdMSB: Long;
        ruleNodeIdLSB: Long;
        clusterPartition: Long;
        metaData?: (msgqueue.TbMsgMetaDataProto.$Properties|null);
        dataType: number;
        data: string;
        ts: Long;
        customerIdMSB: Long;
        customerIdLSB: Long;
        ctx?: (msgqueue.TbMsgProcessingCtxProto.$Properties|null);
        correlationIdMSB: Long;
        correlationIdLSB: Long;
        partition: number;
        calculatedFields: msgqueue.CalculatedFieldIdProto.$Properties[];
        static create(properties: msgqueue.TbMsgProto.$Shape): msgqueue.TbMsgProto & msgqueue.TbMsgProto.$Shape;
        static create(properties?: msgqueue.TbMsgProto.$Properties): msgqueue.TbMsgProto;
        static encode(message: msgqueue.TbMsgProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): msgqueue.TbMsgProto & msgqueue.TbMsgProto.$Shape;
        static fromObject(object: { [k: string]: any }): msgqueue.TbMsgProto;
        static toObject(message: msgqueue.TbMsgProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TbMsgProto {
        interface $Properties {
            id?: (string|null);
            type?: (string|null);
            entityType?: (string|null);
            entityIdMSB?: (Long|null);
            entityIdLSB?: (Long|null);
            ruleChainIdMSB?: (Long|null);
            ruleChainIdLSB?: (Long|null);
            ruleNodeIdMSB?: (Long|null);
            ruleNodeIdLSB?: (Long|null);
            clusterPartition?: (Long|null);
            metaData?: (msgqueue.TbMsgMetaDataProto.$Properties|null);
            dataType?: (number|null);
            data?: (string|null);
            ts?: (Long|null);
            customerIdMSB?: (Long|null);
            customerIdLSB?: (Long|null);
            ctx?: (msgqueue.TbMsgProcessingCtxProto.$Properties|null);
            correlationIdMSB?: (Long|null);
            correlationIdLSB?: (Long|null);
            partition?: (number|null);
            calculatedFields?: (msgqueue.CalculatedFieldIdProto.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = msgqueue.TbMsgProto.$Properties;
    }
}

export namespace transport {

    interface IGetEntityProfileRequestMsg extends transport.GetEntityProfileRequestMsg.$Properties {
    }

    class GetEntityProfileRequestMsg {
        constructor(properties?: transport.GetEntityProfileRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        entityType: string;
        entityIdMSB: Long;
        entityIdLSB: Long;
        static create(properties: transport.GetEntityProfileRequestMsg.$Shape): transport.GetEntityProfileRequestMsg & transport.GetEntityProfileRequestMsg.$Shape;
        static create(properties?: transport.GetEntityProfileRequestMsg.$Properties): transport.GetEntityProfileRequestMsg;
        static encode(message: transport.GetEntityProfileRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetEntityProfileRequestMsg & transport.GetEntityProfileRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetEntityProfileRequestMsg;
        static toObject(message: transport.GetEntityProfileRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetEntityProfileRequestMsg {
        interface $Properties {
            entityType?: (string|null);
            entityIdMSB?: (Long|null);
            entityIdLSB?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.GetEntityProfileRequestMsg.$Properties;
    }

    interface IValidateDeviceLwM2MCredentialsRequestMsg extends transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Properties {
    }

    class ValidateDeviceLwM2MCredentialsRequestMsg {
        constructor(properties?: transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        credentialsId: string;
        static create(properties: transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Shape): transport.ValidateDeviceLwM2MCredentialsRequestMsg & transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Shape;
        static create(properties?: transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Properties): transport.ValidateDeviceLwM2MCredentialsRequestMsg;
        static encode(message: transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ValidateDeviceLwM2MCredentialsRequestMsg & transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ValidateDeviceLwM2MCredentialsRequestMsg;
        static toObject(message: transport.ValidateDeviceLwM2MCredentialsRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ValidateDeviceLwM2MCredentialsRequestMsg {
        interface $Properties {
            credentialsId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Properties;
    }

    interface IGetResourceRequestMsg extends transport.GetResourceRequestMsg.$Properties {
    }

    class GetResourceRequestMsg {
        constructor(properties?: transport.GetResourceRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        resourceType: string;
        resourceKey: string;
        static create(properties: transport.GetResourceRequestMsg.$Shape): transport.GetResourceRequestMsg & transport.GetResourceRequestMsg.$Shape;
        static create(properties?: transport.GetResourceRequestMsg.$Properties): transport.GetResourceRequestMsg;
        static encode(message: transport.GetResourceRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetResourceRequestMsg & transport.GetResourceRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetResourceRequestMsg;
        static toObject(message: transport.GetResourceRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetResourceRequestMsg {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            resourceType?: (string|null);
            resourceKey?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.GetResourceRequestMsg.$Properties;
    }

    interface IGetOtaPackageRequestMsg extends transport.GetOtaPackageRequestMsg.$Properties {
    }

    class GetOtaPackageRequestMsg {
        constructor(properties?: transport.GetOtaPackageRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        deviceIdMSB: Long;
        deviceIdLSB: Long;
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        type: string;
        static create(properties: transport.GetOtaPackageRequestMsg.$Shape): transport.GetOtaPackageRequestMsg & transport.GetOtaPackageRequestMsg.$Shape;
        static create(properties?: transport.GetOtaPackageRequestMsg.$Properties): transport.GetOtaPackageRequestMsg;
        static encode(message: transport.GetOtaPackageRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetOtaPackageRequestMsg & transport.GetOtaPackageRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetOtaPackageRequestMsg;
        static toObject(message: transport.GetOtaPackageRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetOtaPackageRequestMsg {
        interface $Properties {
            deviceIdMSB?: (Long|null);
            deviceIdLSB?: (Long|null);
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            type?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.GetOtaPackageRequestMsg.$Properties;
    }

    interface IGetAllQueueRoutingInfoRequestMsg extends transport.GetAllQueueRoutingInfoRequestMsg.$Properties {
    }

    class GetAllQueueRoutingInfoRequestMsg {
        constructor(properties?: transport.GetAllQueueRoutingInfoRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: transport.GetAllQueueRoutingInfoRequestMsg.$Shape): transport.GetAllQueueRoutingInfoRequestMsg & transport.GetAllQueueRoutingInfoRequestMsg.$Shape;
        static create(properties?: transport.GetAllQueueRoutingInfoRequestMsg.$Properties): transport.GetAllQueueRoutingInfoRequestMsg;
        static encode(message: transport.GetAllQueueRoutingInfoRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetAllQueueRoutingInfoRequestMsg & transport.GetAllQueueRoutingInfoRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetAllQueueRoutingInfoRequestMsg;
        static toObject(message: transport.GetAllQueueRoutingInfoRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetAllQueueRoutingInfoRequestMsg {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.GetAllQueueRoutingInfoRequestMsg.$Properties;
    }

    interface ITransportApiRequestMsg extends transport.TransportApiRequestMsg.$Properties {
    }

    class TransportApiRequestMsg {
        constructor(properties?: transport.TransportApiRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        entityProfileRequestMsg?: (transport.GetEntityProfileRequestMsg.$Properties|null);
        validateDeviceLwM2MCredentialsRequestMsg?: (transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Properties|null);
        resourceRequestMsg?: (transport.GetResourceRequestMsg.$Properties|null);
        otaPackageRequestMsg?: (transport.GetOtaPackageRequestMsg.$Properties|null);
        getAllQueueRoutingInfoRequestMsg?: (transport.GetAllQueueRoutingInfoRequestMsg.$Properties|null);
        static create(properties: transport.TransportApiRequestMsg.$Shape): transport.TransportApiRequestMsg & transport.TransportApiRequestMsg.$Shape;
        static create(properties?: transport.TransportApiRequestMsg.$Properties): transport.TransportApiRequestMsg;
        static encode(message: transport.TransportApiRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.TransportApiRequestMsg & transport.TransportApiRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.TransportApiRequestMsg;
        static toObject(message: transport.TransportApiRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TransportApiRequestMsg {
        interface $Properties {
            entityProfileRequestMsg?: (transport.GetEntityProfileRequestMsg.$Properties|null);
            validateDeviceLwM2MCredentialsRequestMsg?: (transport.ValidateDeviceLwM2MCredentialsRequestMsg.$Properties|null);
            resourceRequestMsg?: (transport.GetResourceRequestMsg.$Properties|null);
            otaPackageRequestMsg?: (transport.GetOtaPackageRequestMsg.$Properties|null);
            getAllQueueRoutingInfoRequestMsg?: (transport.GetAllQueueRoutingInfoRequestMsg.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.TransportApiRequestMsg.$Properties;
    }

    interface IDeviceInfoProto extends transport.DeviceInfoProto.$Properties {
    }

    class DeviceInfoProto {
        constructor(properties?: transport.DeviceInfoProto.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        deviceIdMSB: Long;
        deviceIdLSB: Long;
        deviceName: string;
        deviceType: string;
        additionalInfo: string;
        deviceProfileIdMSB: Long;
        deviceProfileIdLSB: Long;
        customerIdMSB: Long;
        customerIdLSB: Long;
        powerMode: string;
        edrxCycle: Long;
        psmActivityTimer: Long;
        pagingTransmissionWindow: Long;
        isGateway: boolean;
        static create(properties: transport.DeviceInfoProto.$Shape): transport.DeviceInfoProto & transport.DeviceInfoProto.$Shape;
        static create(properties?: transport.DeviceInfoProto.$Properties): transport.DeviceInfoProto;
        static encode(message: transport.DeviceInfoProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.DeviceInfoProto & transport.DeviceInfoProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.DeviceInfoProto;
        static toObject(message: transport.DeviceInfoProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceInfoProto {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            deviceIdMSB?: (Long|null);
            deviceIdLSB?: (Long|null);
            deviceName?: (string|null);
            deviceType?: (string|null);
            additionalInfo?: (string|null);
            deviceProfileIdMSB?: (Long|null);
            deviceProfileIdLSB?: (Long|null);
            customerIdMSB?: (Long|null);
            customerIdLSB?: (Long|null);
            powerMode?: (string|null);
            edrxCycle?: (Long|null);
            psmActivityTimer?: (Long|null);
            pagingTransmissionWindow?: (Long|null);
            isGateway?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.DeviceInfoProto.$Properties;
    }

    interface IDeviceProfileProto extends transport.DeviceProfileProto.$Properties {
    }

    class DeviceProfileProto {
        constructor(properties?: transport.DeviceProfileProto.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        deviceProfileIdMSB: Long;
        deviceProfileIdLSB: Long;
        createdTime: Long;
        name: string;
        description?: (string|null);
        image?: (string|null);
        isDefault: boolean;
        type: string;
        transportType: string;
        provisionType: string;
        defaultRuleChainIdMSB?: (Long|null);
        defaultRuleChainIdLSB?: (Long|null);
        defaultDashboardIdMSB?: (Long|null);
        defaultDashboardIdLSB?: (Long|null);
        defaultQueueName?: (string|null);
        deviceProfileData?: (Uint8Array|null);
        provisionDeviceKey?: (string|null);
        firmwareIdMSB?: (Long|null);
        firmwareIdLSB?: (Long|null);
        softwareIdMSB?: (Long|null);
        softwareIdLSB?: (Long|null);
        defaultEdgeRuleChainIdMSB?: (Long|null);
        defaultEdgeRuleChainIdLSB?: (Long|null);
        externalIdMSB?: (Long|null);
        externalIdLSB?: (Long|null);
        version?: (Long|null);
        static create(properties: transport.DeviceProfileProto.$Shape): transport.DeviceProfileProto & transport.DeviceProfileProto.$Shape;
        static create(properties?: transport.DeviceProfileProto.$Properties): transport.DeviceProfileProto;
        static encode(message: transport.DeviceProfileProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.DeviceProfileProto & transport.DeviceProfileProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.DeviceProfileProto;
        static toObject(message: transport.DeviceProfileProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceProfileProto {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            deviceProfileIdMSB?: (Long|null);
            deviceProfileIdLSB?: (Long|null);
            createdTime?: (Long|null);
            name?: (string|null);
            description?: (string|null);
            image?: (string|null);
            isDefault?: (boolean|null);
            type?: (string|null);
            transportType?: (string|null);
            provisionType?: (string|null);
            defaultRuleChainIdMSB?: (Long|null);
            defaultRuleChainIdLSB?: (Long|null);
            defaultDashboardIdMSB?: (Long|null);
            defaultDashboardIdLSB?: (Long|null);
            defaultQueueName?: (string|null);
            deviceProfileData?: (Uint8Array|null);
            provisionDeviceKey?: (string|null);
            firmwareIdMSB?: (Long|null);
            firmwareIdLSB?: (Long|null);
            softwareIdMSB?: (Long|null);
            softwareIdLSB?: (Long|null);
            defaultEdgeRuleChainIdMSB?: (Long|null);
            defaultEdgeRuleChainIdLSB?: (Long|null);
            externalIdMSB?: (Long|null);
            externalIdLSB?: (Long|null);
            version?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.DeviceProfileProto.$Properties;
    }

    interface IValidateDeviceCredentialsResponseMsg extends transport.ValidateDeviceCredentialsResponseMsg.$Properties {
    }

    class ValidateDeviceCredentialsResponseMsg {
        constructor(properties?: transport.ValidateDeviceCredentialsResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        deviceInfo?: (transport.DeviceInfoProto.$Properties|null);
        credentialsBody: string;
        deviceProfile?: (transport.DeviceProfileProto.$Properties|null);
        static create(properties: transport.ValidateDeviceCredentialsResponseMsg.$Shape): transport.ValidateDeviceCredentialsResponseMsg & transport.ValidateDeviceCredentialsResponseMsg.$Shape;
        static create(properties?: transport.ValidateDeviceCredentialsResponseMsg.$Properties): transport.ValidateDeviceCredentialsResponseMsg;
        static encode(message: transport.ValidateDeviceCredentialsResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ValidateDeviceCredentialsResponseMsg & transport.ValidateDeviceCredentialsResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ValidateDeviceCredentialsResponseMsg;
        static toObject(message: transport.ValidateDeviceCredentialsResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ValidateDeviceCredentialsResponseMsg {
        interface $Properties {
            deviceInfo?: (transport.DeviceInfoProto.$Properties|null);
            credentialsBody?: (string|null);
            deviceProfile?: (transport.DeviceProfileProto.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ValidateDeviceCredentialsResponseMsg.$Properties;
    }

    interface ITenantProfileProto extends transport.TenantProfileProto.$Properties {
    }

    class TenantProfileProto {
        constructor(properties?: transport.TenantProfileProto.$Properties);
        $unknowns?: Uint8Array[];
        tenantProfileIdMSB: Long;
        tenantProfileIdLSB: Long;
        createdTime: Long;
        name: string;
        description?: (string|null);
        isDefault: boolean;
        isolatedTbRuleEngine: boolean;
        profileData?: (Uint8Array|null);
        static create(properties: transport.TenantProfileProto.$Shape): transport.TenantProfileProto & transport.TenantProfileProto.$Shape;
        static create(properties?: transport.TenantProfileProto.$Properties): transport.TenantProfileProto;
        static encode(message: transport.TenantProfileProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.TenantProfileProto & transport.TenantProfileProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.TenantProfileProto;
        static toObject(message: transport.TenantProfileProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TenantProfileProto {
        interface $Properties {
            tenantProfileIdMSB?: (Long|null);
            tenantProfileIdLSB?: (Long|null);
            createdTime?: (Long|null);
            name?: (string|null);
            description?: (string|null);
            isDefault?: (boolean|null);
            isolatedTbRuleEngine?: (boolean|null);
            profileData?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.TenantProfileProto.$Properties;
    }

    enum EntityTypeProto {
        UNSPECIFIED = 0,
        TENANT = 1,
        CUSTOMER = 2,
        USER = 3,
        DASHBOARD = 4,
        ASSET = 5,
        DEVICE = 6,
        ALARM = 7,
        RULE_CHAIN = 11,
        RULE_NODE = 12,
        ENTITY_VIEW = 15,
        WIDGETS_BUNDLE = 16,
        WIDGET_TYPE = 17,
        TENANT_PROFILE = 20,
        DEVICE_PROFILE = 21,
        ASSET_PROFILE = 22,
        API_USAGE_STATE = 23,
        TB_RESOURCE = 24,
        OTA_PACKAGE = 25,
        EDGE = 26,
        RPC = 27,
        QUEUE = 28,
        NOTIFICATION_TARGET = 29,
        NOTIFICATION_TEMPLATE = 30,
        NOTIFICATION_REQUEST = 31,
        NOTIFICATION = 32,
        NOTIFICATION_RULE = 33,
        QUEUE_STATS = 34,
        OAUTH2_CLIENT = 35,
        DOMAIN = 36,
        MOBILE_APP = 37,
        MOBILE_APP_BUNDLE = 38,
        CALCULATED_FIELD = 39,
        JOB = 41,
        ADMIN_SETTINGS = 42,
        AI_MODEL = 43,
        API_KEY = 44
    }

    interface IApiUsageStateProto extends transport.ApiUsageStateProto.$Properties {
    }

    class ApiUsageStateProto {
        constructor(properties?: transport.ApiUsageStateProto.$Properties);
        $unknowns?: Uint8Array[];
        tenantProfileIdMSB: Long;
        tenantProfileIdLSB: Long;
        apiUsageStateIdMSB: Long;
        apiUsageStateIdLSB: Long;
        createdTime: Long;
        entityType: transport.EntityTypeProto;
        entityIdMSB: Long;
        entityIdLSB: Long;
        transportState: string;
        dbStorageState: string;
        reExecState: string;
        jsExecState: string;
        tbelExecState: string;
        emailExecState: string;
        smsExecState: string;
        alarmExecState: string;
        version: Long;
        static create(properties: transport.ApiUsageStateProto.$Shape): transport.ApiUsageStateProto & transport.ApiUsageStateProto.$Shape;
        static create(properties?: transport.ApiUsageStateProto.$Properties): transport.ApiUsageStateProto;
        static encode(message: transport.ApiUsageStateProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ApiUsageStateProto & transport.ApiUsageStateProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ApiUsageStateProto;
        static toObject(message: transport.ApiUsageStateProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ApiUsageStateProto {
        interface $Properties {
            tenantProfileIdMSB?: (Long|null);
            tenantProfileIdLSB?: (Long|null);
            apiUsageStateIdMSB?: (Long|null);
            apiUsageStateIdLSB?: (Long|null);
            createdTime?: (Long|null);
            entityType?: (transport.EntityTypeProto|null);
            entityIdMSB?: (Long|null);
            entityIdLSB?: (Long|null);
            transportState?: (string|null);
            dbStorageState?: (string|null);
            reExecState?: (string|null);
            jsExecState?: (string|null);
            tbelExecState?: (string|null);
            emailExecState?: (string|null);
            smsExecState?: (string|null);
            alarmExecState?: (string|null);
            version?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ApiUsageStateProto.$Properties;
    }

    interface IGetEntityProfileResponseMsg extends transport.GetEntityProfileResponseMsg.$Properties {
    }

    class GetEntityProfileResponseMsg {
        constructor(properties?: transport.GetEntityProfileResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        entityType: string;
        tenantProfile?: (transport.TenantProfileProto.$Properties|null);
        deviceProfile?: (transport.DeviceProfileProto.$Properties|null);
        apiState?: (transport.ApiUsageStateProto.$Properties|null);
        data?: ("tenantProfile"|"deviceProfile");
        static create(properties: transport.GetEntityProfileResponseMsg.$Shape): transport.GetEntityProfileResponseMsg & transport.GetEntityProfileResponseMsg.$Shape;
        static create(properties?: transport.GetEntityProfileResponseMsg.$Properties): transport.GetEntityProfileResponseMsg;
        static encode(message: transport.GetEntityProfileResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetEntityProfileResponseMsg & transport.GetEntityProfileResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetEntityProfileResponseMsg;
        static toObject(message: transport.GetEntityProfileResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetEntityProfileResponseMsg {
        interface $Properties {
            entityType?: (string|null);
            tenantProfile?: (transport.TenantProfileProto.$Properties|null);
            deviceProfile?: (transport.DeviceProfileProto.$Properties|null);
            apiState?: (transport.ApiUsageStateProto.$Properties|null);
            data?: ("tenantProfile"|"deviceProfile");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          entityType?: string|null;
          tenantProfile?: transport.TenantProfileProto.$Shape|null;
          deviceProfile?: transport.DeviceProfileProto.$Shape|null;
          apiState?: transport.ApiUsageStateProto.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ data?: undefined; tenantProfile?: null; deviceProfile?: null }|{ data?: "tenantProfile"; tenantProfile: transport.TenantProfileProto.$Shape; deviceProfile?: null }|{ data?: "deviceProfile"; tenantProfile?: null; deviceProfile: transport.DeviceProfileProto.$Shape })
        );
    }

    interface ITbResourceProto extends transport.TbResourceProto.$Properties {
    }

    class TbResourceProto {
        constructor(properties?: transport.TbResourceProto.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        resourceIdMSB: Long;
        resourceIdLSB: Long;
        createdTime: Long;
        title: string;
        resourceType: string;
        resourceKey: string;
        isPublic: boolean;
        publicResourceKey?: (string|null);
        searchText: string;
        etag?: (string|null);
        fileName: string;
        resourceDescriptor?: (string|null);
        externalIdMSB?: (Long|null);
        externalIdLSB?: (Long|null);
        data?: (Uint8Array|null);
        preview?: (Uint8Array|null);
        resourceSubType?: (string|null);
        static create(properties: transport.TbResourceProto.$Shape): transport.TbResourceProto & transport.TbResourceProto.$Shape;
        static create(properties?: transport.TbResourceProto.$Properties): transport.TbResourceProto;
        static encode(message: transport.TbResourceProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.TbResourceProto & transport.TbResourceProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.TbResourceProto;
        static toObject(message: transport.TbResourceProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TbResourceProto {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            resourceIdMSB?: (Long|null);
            resourceIdLSB?: (Long|null);
            createdTime?: (Long|null);
            title?: (string|null);
            resourceType?: (string|null);
            resourceKey?: (string|null);
            isPublic?: (boolean|null);
            publicResourceKey?: (string|null);
            searchText?: (string|null);
            etag?: (string|null);
            fileName?: (string|null);
            resourceDescriptor?: (string|null);
            externalIdMSB?: (Long|null);
            externalIdLSB?: (Long|null);
            data?: (Uint8Array|null);
            preview?: (Uint8Array|null);
            resourceSubType?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.TbResourceProto.$Properties;
    }

    interface IGetResourceResponseMsg extends transport.GetResourceResponseMsg.$Properties {
    }

    class GetResourceResponseMsg {
        constructor(properties?: transport.GetResourceResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        resource?: (transport.TbResourceProto.$Properties|null);
        static create(properties: transport.GetResourceResponseMsg.$Shape): transport.GetResourceResponseMsg & transport.GetResourceResponseMsg.$Shape;
        static create(properties?: transport.GetResourceResponseMsg.$Properties): transport.GetResourceResponseMsg;
        static encode(message: transport.GetResourceResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetResourceResponseMsg & transport.GetResourceResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetResourceResponseMsg;
        static toObject(message: transport.GetResourceResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetResourceResponseMsg {
        interface $Properties {
            resource?: (transport.TbResourceProto.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.GetResourceResponseMsg.$Properties;
    }

    enum ResponseStatus {
        UNKNOWN = 0,
        SUCCESS = 1,
        NOT_FOUND = 2,
        FAILURE = 3
    }

    interface IGetOtaPackageResponseMsg extends transport.GetOtaPackageResponseMsg.$Properties {
    }

    class GetOtaPackageResponseMsg {
        constructor(properties?: transport.GetOtaPackageResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        responseStatus: transport.ResponseStatus;
        otaPackageIdMSB: Long;
        otaPackageIdLSB: Long;
        type: string;
        title: string;
        version: string;
        contentType: string;
        fileName: string;
        static create(properties: transport.GetOtaPackageResponseMsg.$Shape): transport.GetOtaPackageResponseMsg & transport.GetOtaPackageResponseMsg.$Shape;
        static create(properties?: transport.GetOtaPackageResponseMsg.$Properties): transport.GetOtaPackageResponseMsg;
        static encode(message: transport.GetOtaPackageResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetOtaPackageResponseMsg & transport.GetOtaPackageResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetOtaPackageResponseMsg;
        static toObject(message: transport.GetOtaPackageResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetOtaPackageResponseMsg {
        interface $Properties {
            responseStatus?: (transport.ResponseStatus|null);
            otaPackageIdMSB?: (Long|null);
            otaPackageIdLSB?: (Long|null);
            type?: (string|null);
            title?: (string|null);
            version?: (string|null);
            contentType?: (string|null);
            fileName?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.GetOtaPackageResponseMsg.$Properties;
    }

    interface IGetQueueRoutingInfoResponseMsg extends transport.GetQueueRoutingInfoResponseMsg.$Properties {
    }

    class GetQueueRoutingInfoResponseMsg {
        constructor(properties?: transport.GetQueueRoutingInfoResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        queueIdMSB: Long;
        queueIdLSB: Long;
        queueName: string;
        queueTopic: string;
        partitions: number;
        duplicateMsgToAllPartitions?: (boolean|null);
        static create(properties: transport.GetQueueRoutingInfoResponseMsg.$Shape): transport.GetQueueRoutingInfoResponseMsg & transport.GetQueueRoutingInfoResponseMsg.$Shape;
        static create(properties?: transport.GetQueueRoutingInfoResponseMsg.$Properties): transport.GetQueueRoutingInfoResponseMsg;
        static encode(message: transport.GetQueueRoutingInfoResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetQueueRoutingInfoResponseMsg & transport.GetQueueRoutingInfoResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetQueueRoutingInfoResponseMsg;
        static toObject(message: transport.GetQueueRoutingInfoResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetQueueRoutingInfoResponseMsg {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            queueIdMSB?: (Long|null);
            queueIdLSB?: (Long|null);
            queueName?: (string|null);
            queueTopic?: (string|null);
            partitions?: (number|null);
            duplicateMsgToAllPartitions?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.GetQueueRoutingInfoResponseMsg.$Properties;
    }

    interface ITransportApiResponseMsg extends transport.TransportApiResponseMsg.$Properties {
    }

    class TransportApiResponseMsg {
        constructor(properties?: transport.TransportApiResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        validateCredResponseMsg?: (transport.ValidateDeviceCredentialsResponseMsg.$Properties|null);
        entityProfileResponseMsg?: (transport.GetEntityProfileResponseMsg.$Properties|null);
        resourceResponseMsg?: (transport.GetResourceResponseMsg.$Properties|null);
        otaPackageResponseMsg?: (transport.GetOtaPackageResponseMsg.$Properties|null);
        getQueueRoutingInfoResponseMsgs: transport.GetQueueRoutingInfoResponseMsg.$Properties[];
        static create(properties: transport.TransportApiResponseMsg.$Shape): transport.TransportApiResponseMsg & transport.TransportApiResponseMsg.$Shape;
        static create(properties?: transport.TransportApiResponseMsg.$Properties): transport.TransportApiResponseMsg;
        static encode(message: transport.TransportApiResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.TransportApiResponseMsg & transport.TransportApiResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.TransportApiResponseMsg;
        static toObject(message: transport.TransportApiResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TransportApiResponseMsg {
        interface $Properties {
            validateCredResponseMsg?: (transport.ValidateDeviceCredentialsResponseMsg.$Properties|null);
            entityProfileResponseMsg?: (transport.GetEntityProfileResponseMsg.$Properties|null);
            resourceResponseMsg?: (transport.GetResourceResponseMsg.$Properties|null);
            otaPackageResponseMsg?: (transport.GetOtaPackageResponseMsg.$Properties|null);
            getQueueRoutingInfoResponseMsgs?: (transport.GetQueueRoutingInfoResponseMsg.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          validateCredResponseMsg?: transport.ValidateDeviceCredentialsResponseMsg.$Shape|null;
          entityProfileResponseMsg?: transport.GetEntityProfileResponseMsg.$Shape|null;
          resourceResponseMsg?: transport.GetResourceResponseMsg.$Shape|null;
          otaPackageResponseMsg?: transport.GetOtaPackageResponseMsg.$Shape|null;
          getQueueRoutingInfoResponseMsgs?: transport.GetQueueRoutingInfoResponseMsg.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface ISessionInfoProto extends transport.SessionInfoProto.$Properties {
    }

    class SessionInfoProto {
        constructor(properties?: transport.SessionInfoProto.$Properties);
        $unknowns?: Uint8Array[];
        nodeId: string;
        sessionIdMSB: Long;
        sessionIdLSB: Long;
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        deviceIdMSB: Long;
        deviceIdLSB: Long;
        deviceName: string;
        deviceType: string;
        gwSessionIdMSB: Long;
        gwSessionIdLSB: Long;
        deviceProfileIdMSB: Long;
        deviceProfileIdLSB: Long;
        customerIdMSB: Long;
        customerIdLSB: Long;
        gatewayIdMSB?: (Long|null);
        gatewayIdLSB?: (Long|null);
        isGateway: boolean;
        static create(properties: transport.SessionInfoProto.$Shape): transport.SessionInfoProto & transport.SessionInfoProto.$Shape;
        static create(properties?: transport.SessionInfoProto.$Properties): transport.SessionInfoProto;
        static encode(message: transport.SessionInfoProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.SessionInfoProto & transport.SessionInfoProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.SessionInfoProto;
        static toObject(message: transport.SessionInfoProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SessionInfoProto {
        interface $Properties {
            nodeId?: (string|null);
            sessionIdMSB?: (Long|null);
            sessionIdLSB?: (Long|null);
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            deviceIdMSB?: (Long|null);
            deviceIdLSB?: (Long|null);
            deviceName?: (string|null);
            deviceType?: (string|null);
            gwSessionIdMSB?: (Long|null);
            gwSessionIdLSB?: (Long|null);
            deviceProfileIdMSB?: (Long|null);
            deviceProfileIdLSB?: (Long|null);
            customerIdMSB?: (Long|null);
            customerIdLSB?: (Long|null);
            gatewayIdMSB?: (Long|null);
            gatewayIdLSB?: (Long|null);
            isGateway?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.SessionInfoProto.$Properties;
    }

    enum SessionType {
        SYNC = 0,
        ASYNC = 1
    }

    enum SessionEvent {
        OPEN = 0,
        CLOSED = 1
    }

    interface ISessionEventMsg extends transport.SessionEventMsg.$Properties {
    }

    class SessionEventMsg {
        constructor(properties?: transport.SessionEventMsg.$Properties);
        $unknowns?: Uint8Array[];
        sessionType: transport.SessionType;
        event: transport.SessionEvent;
        static create(properties: transport.SessionEventMsg.$Shape): transport.SessionEventMsg & transport.SessionEventMsg.$Shape;
        static create(properties?: transport.SessionEventMsg.$Properties): transport.SessionEventMsg;
        static encode(message: transport.SessionEventMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.SessionEventMsg & transport.SessionEventMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.SessionEventMsg;
        static toObject(message: transport.SessionEventMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SessionEventMsg {
        interface $Properties {
            sessionType?: (transport.SessionType|null);
            event?: (transport.SessionEvent|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.SessionEventMsg.$Properties;
    }

    interface IGetAttributeRequestMsg extends transport.GetAttributeRequestMsg.$Properties {
    }

    class GetAttributeRequestMsg {
        constructor(properties?: transport.GetAttributeRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        clientAttributeNames: string[];
        sharedAttributeNames: string[];
        onlyShared: boolean;
        static create(properties: transport.GetAttributeRequestMsg.$Shape): transport.GetAttributeRequestMsg & transport.GetAttributeRequestMsg.$Shape;
        static create(properties?: transport.GetAttributeRequestMsg.$Properties): transport.GetAttributeRequestMsg;
        static encode(message: transport.GetAttributeRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetAttributeRequestMsg & transport.GetAttributeRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetAttributeRequestMsg;
        static toObject(message: transport.GetAttributeRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetAttributeRequestMsg {
        interface $Properties {
            requestId?: (number|null);
            clientAttributeNames?: (string[]|null);
            sharedAttributeNames?: (string[]|null);
            onlyShared?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.GetAttributeRequestMsg.$Properties;
    }

    interface ISubscribeToAttributeUpdatesMsg extends transport.SubscribeToAttributeUpdatesMsg.$Properties {
    }

    class SubscribeToAttributeUpdatesMsg {
        constructor(properties?: transport.SubscribeToAttributeUpdatesMsg.$Properties);
        $unknowns?: Uint8Array[];
        unsubscribe: boolean;
        sessionType: transport.SessionType;
        static create(properties: transport.SubscribeToAttributeUpdatesMsg.$Shape): transport.SubscribeToAttributeUpdatesMsg & transport.SubscribeToAttributeUpdatesMsg.$Shape;
        static create(properties?: transport.SubscribeToAttributeUpdatesMsg.$Properties): transport.SubscribeToAttributeUpdatesMsg;
        static encode(message: transport.SubscribeToAttributeUpdatesMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.SubscribeToAttributeUpdatesMsg & transport.SubscribeToAttributeUpdatesMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.SubscribeToAttributeUpdatesMsg;
        static toObject(message: transport.SubscribeToAttributeUpdatesMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SubscribeToAttributeUpdatesMsg {
        interface $Properties {
            unsubscribe?: (boolean|null);
            sessionType?: (transport.SessionType|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.SubscribeToAttributeUpdatesMsg.$Properties;
    }

    interface ISubscribeToRPCMsg extends transport.SubscribeToRPCMsg.$Properties {
    }

    class SubscribeToRPCMsg {
        constructor(properties?: transport.SubscribeToRPCMsg.$Properties);
        $unknowns?: Uint8Array[];
        unsubscribe: boolean;
        sessionType: transport.SessionType;
        static create(properties: transport.SubscribeToRPCMsg.$Shape): transport.SubscribeToRPCMsg & transport.SubscribeToRPCMsg.$Shape;
        static create(properties?: transport.SubscribeToRPCMsg.$Properties): transport.SubscribeToRPCMsg;
        static encode(message: transport.SubscribeToRPCMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.SubscribeToRPCMsg & transport.SubscribeToRPCMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.SubscribeToRPCMsg;
        static toObject(message: transport.SubscribeToRPCMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SubscribeToRPCMsg {
        interface $Properties {
            unsubscribe?: (boolean|null);
            sessionType?: (transport.SessionType|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.SubscribeToRPCMsg.$Properties;
    }

    interface IToDeviceRpcResponseMsg extends transport.ToDeviceRpcResponseMsg.$Properties {
    }

    class ToDeviceRpcResponseMsg {
        constructor(properties?: transport.ToDeviceRpcResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        payload: string;
        error: string;
        static create(properties: transport.ToDeviceRpcResponseMsg.$Shape): transport.ToDeviceRpcResponseMsg & transport.ToDeviceRpcResponseMsg.$Shape;
        static create(properties?: transport.ToDeviceRpcResponseMsg.$Properties): transport.ToDeviceRpcResponseMsg;
        static encode(message: transport.ToDeviceRpcResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ToDeviceRpcResponseMsg & transport.ToDeviceRpcResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ToDeviceRpcResponseMsg;
        static toObject(message: transport.ToDeviceRpcResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToDeviceRpcResponseMsg {
        interface $Properties {
            requestId?: (number|null);
            payload?: (string|null);
            error?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ToDeviceRpcResponseMsg.$Properties;
    }

    interface ISubscriptionInfoProto extends transport.SubscriptionInfoProto.$Properties {
    }

    class SubscriptionInfoProto {
        constructor(properties?: transport.SubscriptionInfoProto.$Properties);
        $unknowns?: Uint8Array[];
        lastActivityTime: Long;
        attributeSubscription: boolean;
        rpcSubscription: boolean;
        static create(properties: transport.SubscriptionInfoProto.$Shape): transport.SubscriptionInfoProto & transport.SubscriptionInfoProto.$Shape;
        static create(properties?: transport.SubscriptionInfoProto.$Properties): transport.SubscriptionInfoProto;
        static encode(message: transport.SubscriptionInfoProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.SubscriptionInfoProto & transport.SubscriptionInfoProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.SubscriptionInfoProto;
        static toObject(message: transport.SubscriptionInfoProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SubscriptionInfoProto {
        interface $Properties {
            lastActivityTime?: (Long|null);
            attributeSubscription?: (boolean|null);
            rpcSubscription?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.SubscriptionInfoProto.$Properties;
    }

    interface IToDeviceRpcResponseStatusMsg extends transport.ToDeviceRpcResponseStatusMsg.$Properties {
    }

    class ToDeviceRpcResponseStatusMsg {
        constructor(properties?: transport.ToDeviceRpcResponseStatusMsg.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        requestIdMSB: Long;
        requestIdLSB: Long;
        status: string;
        static create(properties: transport.ToDeviceRpcResponseStatusMsg.$Shape): transport.ToDeviceRpcResponseStatusMsg & transport.ToDeviceRpcResponseStatusMsg.$Shape;
        static create(properties?: transport.ToDeviceRpcResponseStatusMsg.$Properties): transport.ToDeviceRpcResponseStatusMsg;
        static encode(message: transport.ToDeviceRpcResponseStatusMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ToDeviceRpcResponseStatusMsg & transport.ToDeviceRpcResponseStatusMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ToDeviceRpcResponseStatusMsg;
        static toObject(message: transport.ToDeviceRpcResponseStatusMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToDeviceRpcResponseStatusMsg {
        interface $Properties {
            requestId?: (number|null);
            requestIdMSB?: (Long|null);
            requestIdLSB?: (Long|null);
            status?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ToDeviceRpcResponseStatusMsg.$Properties;
    }

    interface ISendPendingRPCMsg extends transport.SendPendingRPCMsg.$Properties {
    }

    class SendPendingRPCMsg {
        constructor(properties?: transport.SendPendingRPCMsg.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: transport.SendPendingRPCMsg.$Shape): transport.SendPendingRPCMsg & transport.SendPendingRPCMsg.$Shape;
        static create(properties?: transport.SendPendingRPCMsg.$Properties): transport.SendPendingRPCMsg;
        static encode(message: transport.SendPendingRPCMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.SendPendingRPCMsg & transport.SendPendingRPCMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.SendPendingRPCMsg;
        static toObject(message: transport.SendPendingRPCMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SendPendingRPCMsg {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.SendPendingRPCMsg.$Properties;
    }

    interface ITransportToDeviceActorMsg extends transport.TransportToDeviceActorMsg.$Properties {
    }

    class TransportToDeviceActorMsg {
        constructor(properties?: transport.TransportToDeviceActorMsg.$Properties);
        $unknowns?: Uint8Array[];
        sessionInfo?: (transport.SessionInfoProto.$Properties|null);
        sessionEvent?: (transport.SessionEventMsg.$Properties|null);
        getAttributes?: (transport.GetAttributeRequestMsg.$Properties|null);
        subscribeToAttributes?: (transport.SubscribeToAttributeUpdatesMsg.$Properties|null);
        subscribeToRPC?: (transport.SubscribeToRPCMsg.$Properties|null);
        toDeviceRPCCallResponse?: (transport.ToDeviceRpcResponseMsg.$Properties|null);
        subscriptionInfo?: (transport.SubscriptionInfoProto.$Properties|null);
        rpcResponseStatusMsg?: (transport.ToDeviceRpcResponseStatusMsg.$Properties|null);
        sendPendingRPC?: (transport.SendPendingRPCMsg.$Properties|null);
        static create(properties: transport.TransportToDeviceActorMsg.$Shape): transport.TransportToDeviceActorMsg & transport.TransportToDeviceActorMsg.$Shape;
        static create(properties?: transport.TransportToDeviceActorMsg.$Properties): transport.TransportToDeviceActorMsg;
        static encode(message: transport.TransportToDeviceActorMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.TransportToDeviceActorMsg & transport.TransportToDeviceActorMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.TransportToDeviceActorMsg;
        static toObject(message: transport.TransportToDeviceActorMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TransportToDeviceActorMsg {
        interface $Properties {
            sessionInfo?: (transport.SessionInfoProto.$Properties|null);
            sessionEvent?: (transport.SessionEventMsg.$Properties|null);
            getAttributes?: (transport.GetAttributeRequestMsg.$Properties|null);
            subscribeToAttributes?: (transport.SubscribeToAttributeUpdatesMsg.$Properties|null);
            subscribeToRPC?: (transport.SubscribeToRPCMsg.$Properties|null);
            toDeviceRPCCallResponse?: (transport.ToDeviceRpcResponseMsg.$Properties|null);
            subscriptionInfo?: (transport.SubscriptionInfoProto.$Properties|null);
            rpcResponseStatusMsg?: (transport.ToDeviceRpcResponseStatusMsg.$Properties|null);
            sendPendingRPC?: (transport.SendPendingRPCMsg.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.TransportToDeviceActorMsg.$Properties;
    }

    interface IToCoreMsg extends transport.ToCoreMsg.$Properties {
    }

    class ToCoreMsg {
        constructor(properties?: transport.ToCoreMsg.$Properties);
        $unknowns?: Uint8Array[];
        toDeviceActorMsg?: (transport.TransportToDeviceActorMsg.$Properties|null);
        static create(properties: transport.ToCoreMsg.$Shape): transport.ToCoreMsg & transport.ToCoreMsg.$Shape;
        static create(properties?: transport.ToCoreMsg.$Properties): transport.ToCoreMsg;
        static encode(message: transport.ToCoreMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ToCoreMsg & transport.ToCoreMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ToCoreMsg;
        static toObject(message: transport.ToCoreMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToCoreMsg {
        interface $Properties {
            toDeviceActorMsg?: (transport.TransportToDeviceActorMsg.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ToCoreMsg.$Properties;
    }

    interface IToRuleEngineMsg extends transport.ToRuleEngineMsg.$Properties {
    }

    class ToRuleEngineMsg {
        constructor(properties?: transport.ToRuleEngineMsg.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        relationTypes: string[];
        failureMessage: string;
        tbMsgProto?: (msgqueue.TbMsgProto.$Properties|null);
        static create(properties: transport.ToRuleEngineMsg.$Shape): transport.ToRuleEngineMsg & transport.ToRuleEngineMsg.$Shape;
        static create(properties?: transport.ToRuleEngineMsg.$Properties): transport.ToRuleEngineMsg;
        static encode(message: transport.ToRuleEngineMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ToRuleEngineMsg & transport.ToRuleEngineMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ToRuleEngineMsg;
        static toObject(message: transport.ToRuleEngineMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToRuleEngineMsg {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            relationTypes?: (string[]|null);
            failureMessage?: (string|null);
            tbMsgProto?: (msgqueue.TbMsgProto.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ToRuleEngineMsg.$Properties;
    }

    enum SessionCloseReason {
        UNKNOWN_REASON = 0,
        CREDENTIALS_UPDATED = 1,
        MAX_CONCURRENT_SESSIONS_LIMIT_REACHED = 2,
        SESSION_TIMEOUT = 3,
        RPC_DELIVERY_TIMEOUT = 4
    }

    interface ISessionCloseNotificationProto extends transport.SessionCloseNotificationProto.$Properties {
    }

    class SessionCloseNotificationProto {
        constructor(properties?: transport.SessionCloseNotificationProto.$Properties);
        $unknowns?: Uint8Array[];
        message: string;
        reason: transport.SessionCloseReason;
        static create(properties: transport.SessionCloseNotificationProto.$Shape): transport.SessionCloseNotificationProto & transport.SessionCloseNotificationProto.$Shape;
        static create(properties?: transport.SessionCloseNotificationProto.$Properties): transport.SessionCloseNotificationProto;
        static encode(message: transport.SessionCloseNotificationProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.SessionCloseNotificationProto & transport.SessionCloseNotificationProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.SessionCloseNotificationProto;
        static toObject(message: transport.SessionCloseNotificationProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SessionCloseNotificationProto {
        interface $Properties {
            message?: (string|null);
            reason?: (transport.SessionCloseReason|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.SessionCloseNotificationProto.$Properties;
    }

    enum KeyValueType {
        BOOLEAN_V = 0,
        LONG_V = 1,
        DOUBLE_V = 2,
        STRING_V = 3,
        JSON_V = 4
    }

    interface IKeyValueProto extends transport.KeyValueProto.$Properties {
    }

    class KeyValueProto {
        constructor(properties?: transport.KeyValueProto.$Properties);
        $unknowns?: Uint8Array[];
        key: string;
        type: transport.KeyValueType;
        bool_v: boolean;
        long_v: Long;
        double_v: number;
        string_v: string;
        json_v: string;
        static create(properties: transport.KeyValueProto.$Shape): transport.KeyValueProto & transport.KeyValueProto.$Shape;
        static create(properties?: transport.KeyValueProto.$Properties): transport.KeyValueProto;
        static encode(message: transport.KeyValueProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.KeyValueProto & transport.KeyValueProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.KeyValueProto;
        static toObject(message: transport.KeyValueProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace KeyValueProto {
        interface $Properties {
            key?: (string|null);
            type?: (transport.KeyValueType|null);
            bool_v?: (boolean|null);
            long_v?: (Long|null);
            double_v?: (number|null);
            string_v?: (string|null);
            json_v?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.KeyValueProto.$Properties;
    }

    interface ITsKvProto extends transport.TsKvProto.$Properties {
    }

    class TsKvProto {
        constructor(properties?: transport.TsKvProto.$Properties);
        $unknowns?: Uint8Array[];
        ts: Long;
        kv?: (transport.KeyValueProto.$Properties|null);
        version?: (Long|null);
        static create(properties: transport.TsKvProto.$Shape): transport.TsKvProto & transport.TsKvProto.$Shape;
        static create(properties?: transport.TsKvProto.$Properties): transport.TsKvProto;
        static encode(message: transport.TsKvProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.TsKvProto & transport.TsKvProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.TsKvProto;
        static toObject(message: transport.TsKvProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TsKvProto {
        interface $Properties {
            ts?: (Long|null);
            kv?: (transport.KeyValueProto.$Properties|null);
            version?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.TsKvProto.$Properties;
    }

    interface IGetAttributeResponseMsg extends transport.GetAttributeResponseMsg.$Properties {
    }

    class GetAttributeResponseMsg {
        constructor(properties?: transport.GetAttributeResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        clientAttributeList: transport.TsKvProto.$Properties[];
        sharedAttributeList: transport.TsKvProto.$Properties[];
        isMultipleAttributesRequest: boolean;
        error: string;
        sharedStateMsg: boolean;
        static create(properties: transport.GetAttributeResponseMsg.$Shape): transport.GetAttributeResponseMsg & transport.GetAttributeResponseMsg.$Shape;
        static create(properties?: transport.GetAttributeResponseMsg.$Properties): transport.GetAttributeResponseMsg;
        static encode(message: transport.GetAttributeResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.GetAttributeResponseMsg & transport.GetAttributeResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.GetAttributeResponseMsg;
        static toObject(message: transport.GetAttributeResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetAttributeResponseMsg {
        interface $Properties {
            requestId?: (number|null);
            clientAttributeList?: (transport.TsKvProto.$Properties[]|null);
            sharedAttributeList?: (transport.TsKvProto.$Properties[]|null);
            isMultipleAttributesRequest?: (boolean|null);
            error?: (string|null);
            sharedStateMsg?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.GetAttributeResponseMsg.$Properties;
    }

    interface IAttributeUpdateNotificationMsg extends transport.AttributeUpdateNotificationMsg.$Properties {
    }

    class AttributeUpdateNotificationMsg {
        constructor(properties?: transport.AttributeUpdateNotificationMsg.$Properties);
        $unknowns?: Uint8Array[];
        sharedUpdated: transport.TsKvProto.$Properties[];
        sharedDeleted: string[];
        static create(properties: transport.AttributeUpdateNotificationMsg.$Shape): transport.AttributeUpdateNotificationMsg & transport.AttributeUpdateNotificationMsg.$Shape;
        static create(properties?: transport.AttributeUpdateNotificationMsg.$Properties): transport.AttributeUpdateNotificationMsg;
        static encode(message: transport.AttributeUpdateNotificationMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.AttributeUpdateNotificationMsg & transport.AttributeUpdateNotificationMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.AttributeUpdateNotificationMsg;
        static toObject(message: transport.AttributeUpdateNotificationMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttributeUpdateNotificationMsg {
        interface $Properties {
            sharedUpdated?: (transport.TsKvProto.$Properties[]|null);
            sharedDeleted?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.AttributeUpdateNotificationMsg.$Properties;
    }

    interface IToDeviceRpcRequestMsg extends transport.ToDeviceRpcRequestMsg.$Properties {
    }

    class ToDeviceRpcRequestMsg {
        constructor(properties?: transport.ToDeviceRpcRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        methodName: string;
        params: string;
        expirationTime: Long;
        requestIdMSB: Long;
        requestIdLSB: Long;
        oneway: boolean;
        persisted: boolean;
        retries?: (number|null);
        additionalInfo?: (string|null);
        static create(properties: transport.ToDeviceRpcRequestMsg.$Shape): transport.ToDeviceRpcRequestMsg & transport.ToDeviceRpcRequestMsg.$Shape;
        static create(properties?: transport.ToDeviceRpcRequestMsg.$Properties): transport.ToDeviceRpcRequestMsg;
        static encode(message: transport.ToDeviceRpcRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ToDeviceRpcRequestMsg & transport.ToDeviceRpcRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ToDeviceRpcRequestMsg;
        static toObject(message: transport.ToDeviceRpcRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToDeviceRpcRequestMsg {
        interface $Properties {
            requestId?: (number|null);
            methodName?: (string|null);
            params?: (string|null);
            expirationTime?: (Long|null);
            requestIdMSB?: (Long|null);
            requestIdLSB?: (Long|null);
            oneway?: (boolean|null);
            persisted?: (boolean|null);
            retries?: (number|null);
            additionalInfo?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ToDeviceRpcRequestMsg.$Properties;
    }

    interface IToServerRpcResponseMsg extends transport.ToServerRpcResponseMsg.$Properties {
    }

    class ToServerRpcResponseMsg {
        constructor(properties?: transport.ToServerRpcResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        requestId: number;
        payload: string;
        error: string;
        static create(properties: transport.ToServerRpcResponseMsg.$Shape): transport.ToServerRpcResponseMsg & transport.ToServerRpcResponseMsg.$Shape;
        static create(properties?: transport.ToServerRpcResponseMsg.$Properties): transport.ToServerRpcResponseMsg;
        static encode(message: transport.ToServerRpcResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ToServerRpcResponseMsg & transport.ToServerRpcResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ToServerRpcResponseMsg;
        static toObject(message: transport.ToServerRpcResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToServerRpcResponseMsg {
        interface $Properties {
            requestId?: (number|null);
            payload?: (string|null);
            error?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ToServerRpcResponseMsg.$Properties;
    }

    interface ITenantProto extends transport.TenantProto.$Properties {
    }

    class TenantProto {
        constructor(properties?: transport.TenantProto.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        createdTime: Long;
        title: string;
        region?: (string|null);
        tenantProfileIdMSB: Long;
        tenantProfileIdLSB: Long;
        country?: (string|null);
        state?: (string|null);
        city?: (string|null);
        address?: (string|null);
        address2?: (string|null);
        zip?: (string|null);
        phone?: (string|null);
        email?: (string|null);
        additionalInfo?: (string|null);
        version?: (Long|null);
        static create(properties: transport.TenantProto.$Shape): transport.TenantProto & transport.TenantProto.$Shape;
        static create(properties?: transport.TenantProto.$Properties): transport.TenantProto;
        static encode(message: transport.TenantProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.TenantProto & transport.TenantProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.TenantProto;
        static toObject(message: transport.TenantProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TenantProto {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            createdTime?: (Long|null);
            title?: (string|null);
            region?: (string|null);
            tenantProfileIdMSB?: (Long|null);
            tenantProfileIdLSB?: (Long|null);
            country?: (string|null);
            state?: (string|null);
            city?: (string|null);
            address?: (string|null);
            address2?: (string|null);
            zip?: (string|null);
            phone?: (string|null);
            email?: (string|null);
            additionalInfo?: (string|null);
            version?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.TenantProto.$Properties;
    }

    interface IDeviceProto extends transport.DeviceProto.$Properties {
    }

    class DeviceProto {
        constructor(properties?: transport.DeviceProto.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        deviceIdMSB: Long;
        deviceIdLSB: Long;
        createdTime: Long;
        deviceName: string;
        deviceLabel?: (string|null);
        deviceType: string;
        additionalInfo?: (string|null);
        deviceProfileIdMSB: Long;
        deviceProfileIdLSB: Long;
        customerIdMSB?: (Long|null);
        customerIdLSB?: (Long|null);
        deviceData?: (Uint8Array|null);
        firmwareIdMSB?: (Long|null);
        firmwareIdLSB?: (Long|null);
        softwareIdMSB?: (Long|null);
        softwareIdLSB?: (Long|null);
        externalIdMSB?: (Long|null);
        externalIdLSB?: (Long|null);
        version?: (Long|null);
        static create(properties: transport.DeviceProto.$Shape): transport.DeviceProto & transport.DeviceProto.$Shape;
        static create(properties?: transport.DeviceProto.$Properties): transport.DeviceProto;
        static encode(message: transport.DeviceProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.DeviceProto & transport.DeviceProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.DeviceProto;
        static toObject(message: transport.DeviceProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceProto {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            deviceIdMSB?: (Long|null);
            deviceIdLSB?: (Long|null);
            createdTime?: (Long|null);
            deviceName?: (string|null);
            deviceLabel?: (string|null);
            deviceType?: (string|null);
            additionalInfo?: (string|null);
            deviceProfileIdMSB?: (Long|null);
            deviceProfileIdLSB?: (Long|null);
            customerIdMSB?: (Long|null);
            customerIdLSB?: (Long|null);
            deviceData?: (Uint8Array|null);
            firmwareIdMSB?: (Long|null);
            firmwareIdLSB?: (Long|null);
            softwareIdMSB?: (Long|null);
            softwareIdLSB?: (Long|null);
            externalIdMSB?: (Long|null);
            externalIdLSB?: (Long|null);
            version?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.DeviceProto.$Properties;
    }

    interface IEntityUpdateMsg extends transport.EntityUpdateMsg.$Properties {
    }

    class EntityUpdateMsg {
        constructor(properties?: transport.EntityUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        tenant?: (transport.TenantProto.$Properties|null);
        tenantProfile?: (transport.TenantProfileProto.$Properties|null);
        device?: (transport.DeviceProto.$Properties|null);
        deviceProfile?: (transport.DeviceProfileProto.$Properties|null);
        apiUsageState?: (transport.ApiUsageStateProto.$Properties|null);
        entityUpdate?: ("tenant"|"tenantProfile"|"device"|"deviceProfile"|"apiUsageState");
        static create(properties: transport.EntityUpdateMsg.$Shape): transport.EntityUpdateMsg & transport.EntityUpdateMsg.$Shape;
        static create(properties?: transport.EntityUpdateMsg.$Properties): transport.EntityUpdateMsg;
        static encode(message: transport.EntityUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.EntityUpdateMsg & transport.EntityUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.EntityUpdateMsg;
        static toObject(message: transport.EntityUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace EntityUpdateMsg {
        interface $Properties {
            tenant?: (transport.TenantProto.$Properties|null);
            tenantProfile?: (transport.TenantProfileProto.$Properties|null);
            device?: (transport.DeviceProto.$Properties|null);
            deviceProfile?: (transport.DeviceProfileProto.$Properties|null);
            apiUsageState?: (transport.ApiUsageStateProto.$Properties|null);
            entityUpdate?: ("tenant"|"tenantProfile"|"device"|"deviceProfile"|"apiUsageState");
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          tenant?: transport.TenantProto.$Shape|null;
          tenantProfile?: transport.TenantProfileProto.$Shape|null;
          device?: transport.DeviceProto.$Shape|null;
          deviceProfile?: transport.DeviceProfileProto.$Shape|null;
          apiUsageState?: transport.ApiUsageStateProto.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ entityUpdate?: undefined; tenant?: null; tenantProfile?: null; device?: null; deviceProfile?: null; apiUsageState?: null }|{ entityUpdate?: "tenant"; tenant: transport.TenantProto.$Shape; tenantProfile?: null; device?: null; deviceProfile?: null; apiUsageState?: null }|{ entityUpdate?: "tenantProfile"; tenant?: null; tenantProfile: transport.TenantProfileProto.$Shape; device?: null; deviceProfile?: null; apiUsageState?: null }|{ entityUpdate?: "device"; tenant?: null; tenantProfile?: null; device: transport.DeviceProto.$Shape; deviceProfile?: null; apiUsageState?: null }|{ entityUpdate?: "deviceProfile"; tenant?: null; tenantProfile?: null; device?: null; deviceProfile: transport.DeviceProfileProto.$Shape; apiUsageState?: null }|{ entityUpdate?: "apiUsageState"; tenant?: null; tenantProfile?: null; device?: null; deviceProfile?: null; apiUsageState: transport.ApiUsageStateProto.$Shape })
        );
    }

    interface IEntityDeleteMsg extends transport.EntityDeleteMsg.$Properties {
    }

    class EntityDeleteMsg {
        constructor(properties?: transport.EntityDeleteMsg.$Properties);
        $unknowns?: Uint8Array[];
        entityType: string;
        entityIdMSB: Long;
        entityIdLSB: Long;
        static create(properties: transport.EntityDeleteMsg.$Shape): transport.EntityDeleteMsg & transport.EntityDeleteMsg.$Shape;
        static create(properties?: transport.EntityDeleteMsg.$Properties): transport.EntityDeleteMsg;
        static encode(message: transport.EntityDeleteMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.EntityDeleteMsg & transport.EntityDeleteMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.EntityDeleteMsg;
        static toObject(message: transport.EntityDeleteMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace EntityDeleteMsg {
        interface $Properties {
            entityType?: (string|null);
            entityIdMSB?: (Long|null);
            entityIdLSB?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.EntityDeleteMsg.$Properties;
    }

    interface IToTransportUpdateCredentialsProto extends transport.ToTransportUpdateCredentialsProto.$Properties {
    }

    class ToTransportUpdateCredentialsProto {
        constructor(properties?: transport.ToTransportUpdateCredentialsProto.$Properties);
        $unknowns?: Uint8Array[];
        credentialsId: string[];
        credentialsValue: string[];
        static create(properties: transport.ToTransportUpdateCredentialsProto.$Shape): transport.ToTransportUpdateCredentialsProto & transport.ToTransportUpdateCredentialsProto.$Shape;
        static create(properties?: transport.ToTransportUpdateCredentialsProto.$Properties): transport.ToTransportUpdateCredentialsProto;
        static encode(message: transport.ToTransportUpdateCredentialsProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ToTransportUpdateCredentialsProto & transport.ToTransportUpdateCredentialsProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ToTransportUpdateCredentialsProto;
        static toObject(message: transport.ToTransportUpdateCredentialsProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToTransportUpdateCredentialsProto {
        interface $Properties {
            credentialsId?: (string[]|null);
            credentialsValue?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ToTransportUpdateCredentialsProto.$Properties;
    }

    interface IResourceUpdateMsg extends transport.ResourceUpdateMsg.$Properties {
    }

    class ResourceUpdateMsg {
        constructor(properties?: transport.ResourceUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        resourceType: string;
        resourceKey: string;
        static create(properties: transport.ResourceUpdateMsg.$Shape): transport.ResourceUpdateMsg & transport.ResourceUpdateMsg.$Shape;
        static create(properties?: transport.ResourceUpdateMsg.$Properties): transport.ResourceUpdateMsg;
        static encode(message: transport.ResourceUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ResourceUpdateMsg & transport.ResourceUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ResourceUpdateMsg;
        static toObject(message: transport.ResourceUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ResourceUpdateMsg {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            resourceType?: (string|null);
            resourceKey?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ResourceUpdateMsg.$Properties;
    }

    interface IResourceDeleteMsg extends transport.ResourceDeleteMsg.$Properties {
    }

    class ResourceDeleteMsg {
        constructor(properties?: transport.ResourceDeleteMsg.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        resourceType: string;
        resourceKey: string;
        static create(properties: transport.ResourceDeleteMsg.$Shape): transport.ResourceDeleteMsg & transport.ResourceDeleteMsg.$Shape;
        static create(properties?: transport.ResourceDeleteMsg.$Properties): transport.ResourceDeleteMsg;
        static encode(message: transport.ResourceDeleteMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ResourceDeleteMsg & transport.ResourceDeleteMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ResourceDeleteMsg;
        static toObject(message: transport.ResourceDeleteMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ResourceDeleteMsg {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            resourceType?: (string|null);
            resourceKey?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ResourceDeleteMsg.$Properties;
    }

    interface IUplinkNotificationMsg extends transport.UplinkNotificationMsg.$Properties {
    }

    class UplinkNotificationMsg {
        constructor(properties?: transport.UplinkNotificationMsg.$Properties);
        $unknowns?: Uint8Array[];
        uplinkTs: Long;
        static create(properties: transport.UplinkNotificationMsg.$Shape): transport.UplinkNotificationMsg & transport.UplinkNotificationMsg.$Shape;
        static create(properties?: transport.UplinkNotificationMsg.$Properties): transport.UplinkNotificationMsg;
        static encode(message: transport.UplinkNotificationMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.UplinkNotificationMsg & transport.UplinkNotificationMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.UplinkNotificationMsg;
        static toObject(message: transport.UplinkNotificationMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UplinkNotificationMsg {
        interface $Properties {
            uplinkTs?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.UplinkNotificationMsg.$Properties;
    }

    interface IQueueUpdateMsg extends transport.QueueUpdateMsg.$Properties {
    }

    class QueueUpdateMsg {
        constructor(properties?: transport.QueueUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        queueIdMSB: Long;
        queueIdLSB: Long;
        queueName: string;
        queueTopic: string;
        partitions: number;
        duplicateMsgToAllPartitions?: (boolean|null);
        static create(properties: transport.QueueUpdateMsg.$Shape): transport.QueueUpdateMsg & transport.QueueUpdateMsg.$Shape;
        static create(properties?: transport.QueueUpdateMsg.$Properties): transport.QueueUpdateMsg;
        static encode(message: transport.QueueUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.QueueUpdateMsg & transport.QueueUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.QueueUpdateMsg;
        static toObject(message: transport.QueueUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueueUpdateMsg {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            queueIdMSB?: (Long|null);
            queueIdLSB?: (Long|null);
            queueName?: (string|null);
            queueTopic?: (string|null);
            partitions?: (number|null);
            duplicateMsgToAllPartitions?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.QueueUpdateMsg.$Properties;
    }

    interface IQueueDeleteMsg extends transport.QueueDeleteMsg.$Properties {
    }

    class QueueDeleteMsg {
        constructor(properties?: transport.QueueDeleteMsg.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        queueIdMSB: Long;
        queueIdLSB: Long;
        queueName: string;
        static create(properties: transport.QueueDeleteMsg.$Shape): transport.QueueDeleteMsg & transport.QueueDeleteMsg.$Shape;
        static create(properties?: transport.QueueDeleteMsg.$Properties): transport.QueueDeleteMsg;
        static encode(message: transport.QueueDeleteMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.QueueDeleteMsg & transport.QueueDeleteMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.QueueDeleteMsg;
        static toObject(message: transport.QueueDeleteMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueueDeleteMsg {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            queueIdMSB?: (Long|null);
            queueIdLSB?: (Long|null);
            queueName?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.QueueDeleteMsg.$Properties;
    }

    interface IToTransportMsg extends transport.ToTransportMsg.$Properties {
    }

    class ToTransportMsg {
        constructor(properties?: transport.ToTransportMsg.$Properties);
        $unknowns?: Uint8Array[];
        sessionIdMSB: Long;
        sessionIdLSB: Long;
        sessionCloseNotification?: (transport.SessionCloseNotificationProto.$Properties|null);
        getAttributesResponse?: (transport.GetAttributeResponseMsg.$Properties|null);
        attributeUpdateNotification?: (transport.AttributeUpdateNotificationMsg.$Properties|null);
        toDeviceRequest?: (transport.ToDeviceRpcRequestMsg.$Properties|null);
        toServerResponse?: (transport.ToServerRpcResponseMsg.$Properties|null);
        entityUpdateMsg?: (transport.EntityUpdateMsg.$Properties|null);
        entityDeleteMsg?: (transport.EntityDeleteMsg.$Properties|null);
        toTransportUpdateCredentialsNotification?: (transport.ToTransportUpdateCredentialsProto.$Properties|null);
        resourceUpdateMsg?: (transport.ResourceUpdateMsg.$Properties|null);
        resourceDeleteMsg?: (transport.ResourceDeleteMsg.$Properties|null);
        uplinkNotificationMsg?: (transport.UplinkNotificationMsg.$Properties|null);
        queueUpdateMsgs: transport.QueueUpdateMsg.$Properties[];
        queueDeleteMsgs: transport.QueueDeleteMsg.$Properties[];
        static create(properties: transport.ToTransportMsg.$Shape): transport.ToTransportMsg & transport.ToTransportMsg.$Shape;
        static create(properties?: transport.ToTransportMsg.$Properties): transport.ToTransportMsg;
        static encode(message: transport.ToTransportMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ToTransportMsg & transport.ToTransportMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ToTransportMsg;
        static toObject(message: transport.ToTransportMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToTransportMsg {
        interface $Properties {
            sessionIdMSB?: (Long|null);
            sessionIdLSB?: (Long|null);
            sessionCloseNotification?: (transport.SessionCloseNotificationProto.$Properties|null);
            getAttributesResponse?: (transport.GetAttributeResponseMsg.$Properties|null);
            attributeUpdateNotification?: (transport.AttributeUpdateNotificationMsg.$Properties|null);
            toDeviceRequest?: (transport.ToDeviceRpcRequestMsg.$Properties|null);
            toServerResponse?: (transport.ToServerRpcResponseMsg.$Properties|null);
            entityUpdateMsg?: (transport.EntityUpdateMsg.$Properties|null);
            entityDeleteMsg?: (transport.EntityDeleteMsg.$Properties|null);
            toTransportUpdateCredentialsNotification?: (transport.ToTransportUpdateCredentialsProto.$Properties|null);
            resourceUpdateMsg?: (transport.ResourceUpdateMsg.$Properties|null);
            resourceDeleteMsg?: (transport.ResourceDeleteMsg.$Properties|null);
            uplinkNotificationMsg?: (transport.UplinkNotificationMsg.$Properties|null);
            queueUpdateMsgs?: (transport.QueueUpdateMsg.$Properties[]|null);
            queueDeleteMsgs?: (transport.QueueDeleteMsg.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = {
          sessionIdMSB?: Long|null;
          sessionIdLSB?: Long|null;
          sessionCloseNotification?: transport.SessionCloseNotificationProto.$Shape|null;
          getAttributesResponse?: transport.GetAttributeResponseMsg.$Shape|null;
          attributeUpdateNotification?: transport.AttributeUpdateNotificationMsg.$Shape|null;
          toDeviceRequest?: transport.ToDeviceRpcRequestMsg.$Shape|null;
          toServerResponse?: transport.ToServerRpcResponseMsg.$Shape|null;
          entityUpdateMsg?: transport.EntityUpdateMsg.$Shape|null;
          entityDeleteMsg?: transport.EntityDeleteMsg.$Shape|null;
          toTransportUpdateCredentialsNotification?: transport.ToTransportUpdateCredentialsProto.$Shape|null;
          resourceUpdateMsg?: transport.ResourceUpdateMsg.$Shape|null;
          resourceDeleteMsg?: transport.ResourceDeleteMsg.$Shape|null;
          uplinkNotificationMsg?: transport.UplinkNotificationMsg.$Shape|null;
          queueUpdateMsgs?: transport.QueueUpdateMsg.$Shape[]|null;
          queueDeleteMsgs?: transport.QueueDeleteMsg.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    interface ISystemInfoProto extends transport.SystemInfoProto.$Properties {
    }

    class SystemInfoProto {
        constructor(properties?: transport.SystemInfoProto.$Properties);
        $unknowns?: Uint8Array[];
        cpuUsage: Long;
        cpuCount: Long;
        memoryUsage: Long;
        totalMemory: Long;
        diskUsage: Long;
        totalDiscSpace: Long;
        static create(properties: transport.SystemInfoProto.$Shape): transport.SystemInfoProto & transport.SystemInfoProto.$Shape;
        static create(properties?: transport.SystemInfoProto.$Properties): transport.SystemInfoProto;
        static encode(message: transport.SystemInfoProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.SystemInfoProto & transport.SystemInfoProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.SystemInfoProto;
        static toObject(message: transport.SystemInfoProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SystemInfoProto {
        interface $Properties {
            cpuUsage?: (Long|null);
            cpuCount?: (Long|null);
            memoryUsage?: (Long|null);
            totalMemory?: (Long|null);
            diskUsage?: (Long|null);
            totalDiscSpace?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.SystemInfoProto.$Properties;
    }

    interface IServiceInfo extends transport.ServiceInfo.$Properties {
    }

    class ServiceInfo {
        constructor(properties?: transport.ServiceInfo.$Properties);
        $unknowns?: Uint8Array[];
        serviceId: string;
        serviceTypes: string[];
        transports: string[];
        systemInfo?: (transport.SystemInfoProto.$Properties|null);
        assignedTenantProfiles: string[];
        label: string;
        ready: boolean;
        taskTypes: string[];
        static create(properties: transport.ServiceInfo.$Shape): transport.ServiceInfo & transport.ServiceInfo.$Shape;
        static create(properties?: transport.ServiceInfo.$Properties): transport.ServiceInfo;
        static encode(message: transport.ServiceInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ServiceInfo & transport.ServiceInfo.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ServiceInfo;
        static toObject(message: transport.ServiceInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServiceInfo {
        interface $Properties {
            serviceId?: (string|null);
            serviceTypes?: (string[]|null);
            transports?: (string[]|null);
            systemInfo?: (transport.SystemInfoProto.$Properties|null);
            assignedTenantProfiles?: (string[]|null);
            label?: (string|null);
            ready?: (boolean|null);
            taskTypes?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ServiceInfo.$Properties;
    }

    enum ApiUsageRecordKeyProto {
        TRANSPORT_MSG_COUNT = 0,
        TRANSPORT_DP_COUNT = 1,
        STORAGE_DP_COUNT = 2,
        RE_EXEC_COUNT = 3,
        JS_EXEC_COUNT = 4,
        TBEL_EXEC_COUNT = 5,
        EMAIL_EXEC_COUNT = 6,
        SMS_EXEC_COUNT = 7,
        CREATED_ALARMS_COUNT = 8,
        ACTIVE_DEVICES = 9,
        INACTIVE_DEVICES = 10
    }

    interface IUsageStatsKVProto extends transport.UsageStatsKVProto.$Properties {
    }

    class UsageStatsKVProto {
        constructor(properties?: transport.UsageStatsKVProto.$Properties);
        $unknowns?: Uint8Array[];
        value: Long;
        recordKey: transport.ApiUsageRecordKeyProto;
        static create(properties: transport.UsageStatsKVProto.$Shape): transport.UsageStatsKVProto & transport.UsageStatsKVProto.$Shape;
        static create(properties?: transport.UsageStatsKVProto.$Properties): transport.UsageStatsKVProto;
        static encode(message: transport.UsageStatsKVProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.UsageStatsKVProto & transport.UsageStatsKVProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.UsageStatsKVProto;
        static toObject(message: transport.UsageStatsKVProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UsageStatsKVProto {
        interface $Properties {
            value?: (Long|null);
            recordKey?: (transport.ApiUsageRecordKeyProto|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.UsageStatsKVProto.$Properties;
    }

    interface IUsageStatsServiceMsg extends transport.UsageStatsServiceMsg.$Properties {
    }

    class UsageStatsServiceMsg {
        constructor(properties?: transport.UsageStatsServiceMsg.$Properties);
        $unknowns?: Uint8Array[];
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        entityIdMSB: Long;
        entityIdLSB: Long;
        values: transport.UsageStatsKVProto.$Properties[];
        customerIdMSB: Long;
        customerIdLSB: Long;
        static create(properties: transport.UsageStatsServiceMsg.$Shape): transport.UsageStatsServiceMsg & transport.UsageStatsServiceMsg.$Shape;
        static create(properties?: transport.UsageStatsServiceMsg.$Properties): transport.UsageStatsServiceMsg;
        static encode(message: transport.UsageStatsServiceMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.UsageStatsServiceMsg & transport.UsageStatsServiceMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.UsageStatsServiceMsg;
        static toObject(message: transport.UsageStatsServiceMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UsageStatsServiceMsg {
        interface $Properties {
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            entityIdMSB?: (Long|null);
            entityIdLSB?: (Long|null);
            values?: (transport.UsageStatsKVProto.$Properties[]|null);
            customerIdMSB?: (Long|null);
            customerIdLSB?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.UsageStatsServiceMsg.$Properties;
    }

    interface IToUsageStatsServiceMsg extends transport.ToUsageStatsServiceMsg.$Properties {
    }

    class ToUsageStatsServiceMsg {
        constructor(properties?: transport.ToUsageStatsServiceMsg.$Properties);
        $unknowns?: Uint8Array[];
        serviceId: string;
        msgs: transport.UsageStatsServiceMsg.$Properties[];
        static create(properties: transport.ToUsageStatsServiceMsg.$Shape): transport.ToUsageStatsServiceMsg & transport.ToUsageStatsServiceMsg.$Shape;
        static create(properties?: transport.ToUsageStatsServiceMsg.$Properties): transport.ToUsageStatsServiceMsg;
        static encode(message: transport.ToUsageStatsServiceMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.ToUsageStatsServiceMsg & transport.ToUsageStatsServiceMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.ToUsageStatsServiceMsg;
        static toObject(message: transport.ToUsageStatsServiceMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ToUsageStatsServiceMsg {
        interface $Properties {
            serviceId?: (string|null);
            msgs?: (transport.UsageStatsServiceMsg.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.ToUsageStatsServiceMsg.$Properties;
    }

    interface ITsKvListProto extends transport.TsKvListProto.$Properties {
    }

    class TsKvListProto {
        constructor(properties?: transport.TsKvListProto.$Properties);
        $unknowns?: Uint8Array[];
        ts: Long;
        kv: transport.KeyValueProto.$Properties[];
        static create(properties: transport.TsKvListProto.$Shape): transport.TsKvListProto & transport.TsKvListProto.$Shape;
        static create(properties?: transport.TsKvListProto.$Properties): transport.TsKvListProto;
        static encode(message: transport.TsKvListProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.TsKvListProto & transport.TsKvListProto.$Shape;
        static fromObject(object: { [k: string]: any }): transport.TsKvListProto;
        static toObject(message: transport.TsKvListProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TsKvListProto {
        interface $Properties {
            ts?: (Long|null);
            kv?: (transport.KeyValueProto.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.TsKvListProto.$Properties;
    }

    interface IPostTelemetryMsg extends transport.PostTelemetryMsg.$Properties {
    }

    class PostTelemetryMsg {
        constructor(properties?: transport.PostTelemetryMsg.$Properties);
        $unknowns?: Uint8Array[];
        tsKvList: transport.TsKvListProto.$Properties[];
        static create(properties: transport.PostTelemetryMsg.$Shape): transport.PostTelemetryMsg & transport.PostTelemetryMsg.$Shape;
        static create(properties?: transport.PostTelemetryMsg.$Properties): transport.PostTelemetryMsg;
        static encode(message: transport.PostTelemetryMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.PostTelemetryMsg & transport.PostTelemetryMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.PostTelemetryMsg;
        static toObject(message: transport.PostTelemetryMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PostTelemetryMsg {
        interface $Properties {
            tsKvList?: (transport.TsKvListProto.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.PostTelemetryMsg.$Properties;
    }

    interface IPostAttributeMsg extends transport.PostAttributeMsg.$Properties {
    }

    class PostAttributeMsg {
        constructor(properties?: transport.PostAttributeMsg.$Properties);
        $unknowns?: Uint8Array[];
        kv: transport.KeyValueProto.$Properties[];
        shared: boolean;
        static create(properties: transport.PostAttributeMsg.$Shape): transport.PostAttributeMsg & transport.PostAttributeMsg.$Shape;
        static create(properties?: transport.PostAttributeMsg.$Properties): transport.PostAttributeMsg;
        static encode(message: transport.PostAttributeMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): transport.PostAttributeMsg & transport.PostAttributeMsg.$Shape;
        static fromObject(object: { [k: string]: any }): transport.PostAttributeMsg;
        static toObject(message: transport.PostAttributeMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PostAttributeMsg {
        interface $Properties {
            kv?: (transport.KeyValueProto.$Properties[]|null);
            shared?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = transport.PostAttributeMsg.$Properties;
    }
}
