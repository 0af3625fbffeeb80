import * as $protobuf from "protobufjs";
import Long from "long";

export namespace edge {

    class EdgeRpcService extends $protobuf.rpc.Service {
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
        static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): EdgeRpcService;
        handleMsgs: edge.EdgeRpcService.handleMsgs;
    }

    namespace EdgeRpcService {
        type handleMsgsCallback = (error: (Error|null), response?: edge.ResponseMsg) => void;
        type handleMsgs = {
          (request: edge.IRequestMsg, callback: edge.EdgeRpcService.handleMsgsCallback): void;
          (request: edge.IRequestMsg): Promise<edge.ResponseMsg>;
          readonly name: "handleMsgs";
          readonly path: "/edge.EdgeRpcService/handleMsgs";
          readonly requestType: "RequestMsg";
          readonly responseType: "ResponseMsg";
          readonly requestStream: true;
          readonly responseStream: true;
        };
    }

    enum EdgeVersion {
        V_3_3_0 = 0,
        V_3_3_3 = 1,
        V_3_4_0 = 2,
        V_3_6_0 = 3,
        V_3_6_1 = 4,
        V_3_6_2 = 5,
        V_3_6_4 = 6,
        V_3_7_0 = 7,
        V_3_8_0 = 8,
        V_3_9_0 = 9,
        V_4_0_0 = 10,
        V_4_1_0 = 11,
        V_4_2_0 = 12,
        V_4_3_0 = 13,
        V_4_2_1_2 = 14,
        V_4_2_2 = 4220,
        V_4_2_2_1 = 4221,
        V_4_2_2_2 = 4222,
        V_4_2_2_3 = 4223,
        V_4_3_0_1 = 15,
        V_4_3_1 = 4310,
        V_4_3_1_1 = 4311,
        V_4_3_1_2 = 4312,
        V_4_3_1_3 = 4313,
        V_4_4_0 = 4400,
        V_LATEST = 99999
    }

    enum RequestMsgType {
        CONNECT_RPC_MESSAGE = 0,
        UPLINK_RPC_MESSAGE = 1,
        SYNC_REQUEST_RPC_MESSAGE = 2
    }

    enum ConnectResponseCode {
        ACCEPTED = 0,
        BAD_CREDENTIALS = 1,
        SERVER_UNAVAILABLE = 2
    }

    enum UpdateMsgType {
        ENTITY_CREATED_RPC_MESSAGE = 0,
        ENTITY_UPDATED_RPC_MESSAGE = 1,
        ENTITY_DELETED_RPC_MESSAGE = 2,
        ALARM_ACK_RPC_MESSAGE = 3,
        ALARM_CLEAR_RPC_MESSAGE = 4
    }

    interface IRequestMsg extends edge.RequestMsg.$Properties {
    }

    class RequestMsg {
        constructor(properties?: edge.RequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        msgType: edge.RequestMsgType;
        connectRequestMsg?: (edge.ConnectRequestMsg.$Properties|null);
        uplinkMsg?: (edge.UplinkMsg.$Properties|null);
        downlinkResponseMsg?: (edge.DownlinkResponseMsg.$Properties|null);
        syncRequestMsg?: (edge.SyncRequestMsg.$Properties|null);
        static create(properties: edge.RequestMsg.$Shape): edge.RequestMsg & edge.RequestMsg.$Shape;
        static create(properties?: edge.RequestMsg.$Properties): edge.RequestMsg;
        static encode(message: edge.RequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.RequestMsg & edge.RequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.RequestMsg;
        static toObject(message: edge.RequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RequestMsg {
        interface $Properties {
            msgType?: (edge.RequestMsgType|null);
            connectRequestMsg?: (edge.ConnectRequestMsg.$Properties|null);
            uplinkMsg?: (edge.UplinkMsg.$Properties|null);
            downlinkResponseMsg?: (edge.DownlinkResponseMsg.$Properties|null);
            syncRequestMsg?: (edge.SyncRequestMsg.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.RequestMsg.$Properties;
    }

    interface IResponseMsg extends edge.ResponseMsg.$Properties {
    }

    class ResponseMsg {
        constructor(properties?: edge.ResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        connectResponseMsg?: (edge.ConnectResponseMsg.$Properties|null);
        uplinkResponseMsg?: (edge.UplinkResponseMsg.$Properties|null);
        downlinkMsg?: (edge.DownlinkMsg.$Properties|null);
        edgeUpdateMsg?: (edge.EdgeUpdateMsg.$Properties|null);
        static create(properties: edge.ResponseMsg.$Shape): edge.ResponseMsg & edge.ResponseMsg.$Shape;
        static create(properties?: edge.ResponseMsg.$Properties): edge.ResponseMsg;
        static encode(message: edge.ResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.ResponseMsg & edge.ResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.ResponseMsg;
        static toObject(message: edge.ResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ResponseMsg {
        interface $Properties {
            connectResponseMsg?: (edge.ConnectResponseMsg.$Properties|null);
            uplinkResponseMsg?: (edge.UplinkResponseMsg.$Properties|null);
            downlinkMsg?: (edge.DownlinkMsg.$Properties|null);
            edgeUpdateMsg?: (edge.EdgeUpdateMsg.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.ResponseMsg.$Properties;
    }

    interface IConnectRequestMsg extends edge.ConnectRequestMsg.$Properties {
    }

    class ConnectRequestMsg {
        constructor(properties?: edge.ConnectRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        edgeRoutingKey: string;
        edgeSecret: string;
        edgeVersion: edge.EdgeVersion;
        maxInboundMessageSize?: (number|null);
        static create(properties: edge.ConnectRequestMsg.$Shape): edge.ConnectRequestMsg & edge.ConnectRequestMsg.$Shape;
        static create(properties?: edge.ConnectRequestMsg.$Properties): edge.ConnectRequestMsg;
        static encode(message: edge.ConnectRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.ConnectRequestMsg & edge.ConnectRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.ConnectRequestMsg;
        static toObject(message: edge.ConnectRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ConnectRequestMsg {
        interface $Properties {
            edgeRoutingKey?: (string|null);
            edgeSecret?: (string|null);
            edgeVersion?: (edge.EdgeVersion|null);
            maxInboundMessageSize?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.ConnectRequestMsg.$Properties;
    }

    interface IConnectResponseMsg extends edge.ConnectResponseMsg.$Properties {
    }

    class ConnectResponseMsg {
        constructor(properties?: edge.ConnectResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        responseCode: edge.ConnectResponseCode;
        errorMsg: string;
        configuration?: (edge.EdgeConfiguration.$Properties|null);
        maxInboundMessageSize?: (number|null);
        static create(properties: edge.ConnectResponseMsg.$Shape): edge.ConnectResponseMsg & edge.ConnectResponseMsg.$Shape;
        static create(properties?: edge.ConnectResponseMsg.$Properties): edge.ConnectResponseMsg;
        static encode(message: edge.ConnectResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.ConnectResponseMsg & edge.ConnectResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.ConnectResponseMsg;
        static toObject(message: edge.ConnectResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ConnectResponseMsg {
        interface $Properties {
            responseCode?: (edge.ConnectResponseCode|null);
            errorMsg?: (string|null);
            configuration?: (edge.EdgeConfiguration.$Properties|null);
            maxInboundMessageSize?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.ConnectResponseMsg.$Properties;
    }

    interface IEdgeConfiguration extends edge.EdgeConfiguration.$Properties {
    }

    class EdgeConfiguration {
        constructor(properties?: edge.EdgeConfiguration.$Properties);
        $unknowns?: Uint8Array[];
        edgeIdMSB: Long;
        edgeIdLSB: Long;
        tenantIdMSB: Long;
        tenantIdLSB: Long;
        customerIdMSB: Long;
        customerIdLSB: Long;
        name: string;
        type: string;
        routingKey: string;
        secret: string;
        additionalInfo: string;
        cloudType: string;
        static create(properties: edge.EdgeConfiguration.$Shape): edge.EdgeConfiguration & edge.EdgeConfiguration.$Shape;
        static create(properties?: edge.EdgeConfiguration.$Properties): edge.EdgeConfiguration;
        static encode(message: edge.EdgeConfiguration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.EdgeConfiguration & edge.EdgeConfiguration.$Shape;
        static fromObject(object: { [k: string]: any }): edge.EdgeConfiguration;
        static toObject(message: edge.EdgeConfiguration, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace EdgeConfiguration {
        interface $Properties {
            edgeIdMSB?: (Long|null);
            edgeIdLSB?: (Long|null);
            tenantIdMSB?: (Long|null);
            tenantIdLSB?: (Long|null);
            customerIdMSB?: (Long|null);
            customerIdLSB?: (Long|null);
            name?: (string|null);
            type?: (string|null);
            routingKey?: (string|null);
            secret?: (string|null);
            additionalInfo?: (string|null);
            cloudType?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.EdgeConfiguration.$Properties;
    }

    interface IEdgeUpdateMsg extends edge.EdgeUpdateMsg.$Properties {
    }

    class EdgeUpdateMsg {
        constructor(properties?: edge.EdgeUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        configuration?: (edge.EdgeConfiguration.$Properties|null);
        static create(properties: edge.EdgeUpdateMsg.$Shape): edge.EdgeUpdateMsg & edge.EdgeUpdateMsg.$Shape;
        static create(properties?: edge.EdgeUpdateMsg.$Properties): edge.EdgeUpdateMsg;
        static encode(message: edge.EdgeUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.EdgeUpdateMsg & edge.EdgeUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.EdgeUpdateMsg;
        static toObject(message: edge.EdgeUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace EdgeUpdateMsg {
        interface $Properties {
            configuration?: (edge.EdgeConfiguration.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.EdgeUpdateMsg.$Properties;
    }

    interface ISyncRequestMsg extends edge.SyncRequestMsg.$Properties {
    }

    class SyncRequestMsg {
        constructor(properties?: edge.SyncRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        fullSync?: (boolean|null);
        static create(properties: edge.SyncRequestMsg.$Shape): edge.SyncRequestMsg & edge.SyncRequestMsg.$Shape;
        static create(properties?: edge.SyncRequestMsg.$Properties): edge.SyncRequestMsg;
        static encode(message: edge.SyncRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.SyncRequestMsg & edge.SyncRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.SyncRequestMsg;
        static toObject(message: edge.SyncRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SyncRequestMsg {
        interface $Properties {
            fullSync?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.SyncRequestMsg.$Properties;
    }

    interface ISyncCompletedMsg extends edge.SyncCompletedMsg.$Properties {
    }

    class SyncCompletedMsg {
        constructor(properties?: edge.SyncCompletedMsg.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: edge.SyncCompletedMsg.$Shape): edge.SyncCompletedMsg & edge.SyncCompletedMsg.$Shape;
        static create(properties?: edge.SyncCompletedMsg.$Properties): edge.SyncCompletedMsg;
        static encode(message: edge.SyncCompletedMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.SyncCompletedMsg & edge.SyncCompletedMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.SyncCompletedMsg;
        static toObject(message: edge.SyncCompletedMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace SyncCompletedMsg {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.SyncCompletedMsg.$Properties;
    }

    interface IUplinkMsg extends edge.UplinkMsg.$Properties {
    }

    class UplinkMsg {
        constructor(properties?: edge.UplinkMsg.$Properties);
        $unknowns?: Uint8Array[];
        uplinkMsgId: number;
        entityData: edge.EntityDataProto.$Properties[];
        deviceUpdateMsg: edge.DeviceUpdateMsg.$Properties[];
        deviceCredentialsUpdateMsg: edge.DeviceCredentialsUpdateMsg.$Properties[];
        attributesRequestMsg: edge.AttributesRequestMsg.$Properties[];
        deviceCredentialsRequestMsg: edge.DeviceCredentialsRequestMsg.$Properties[];
        deviceRpcCallMsg: edge.DeviceRpcCallMsg.$Properties[];
        static create(properties: edge.UplinkMsg.$Shape): edge.UplinkMsg & edge.UplinkMsg.$Shape;
        static create(properties?: edge.UplinkMsg.$Properties): edge.UplinkMsg;
        static encode(message: edge.UplinkMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.UplinkMsg & edge.UplinkMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.UplinkMsg;
        static toObject(message: edge.UplinkMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UplinkMsg {
        interface $Properties {
            uplinkMsgId?: (number|null);
            entityData?: (edge.EntityDataProto.$Properties[]|null);
            deviceUpdateMsg?: (edge.DeviceUpdateMsg.$Properties[]|null);
            deviceCredentialsUpdateMsg?: (edge.DeviceCredentialsUpdateMsg.$Properties[]|null);
            attributesRequestMsg?: (edge.AttributesRequestMsg.$Properties[]|null);
            deviceCredentialsRequestMsg?: (edge.DeviceCredentialsRequestMsg.$Properties[]|null);
            deviceRpcCallMsg?: (edge.DeviceRpcCallMsg.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.UplinkMsg.$Properties;
    }

    interface IUplinkResponseMsg extends edge.UplinkResponseMsg.$Properties {
    }

    class UplinkResponseMsg {
        constructor(properties?: edge.UplinkResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        success: boolean;
        errorMsg: string;
        uplinkMsgId: number;
        static create(properties: edge.UplinkResponseMsg.$Shape): edge.UplinkResponseMsg & edge.UplinkResponseMsg.$Shape;
        static create(properties?: edge.UplinkResponseMsg.$Properties): edge.UplinkResponseMsg;
        static encode(message: edge.UplinkResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.UplinkResponseMsg & edge.UplinkResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.UplinkResponseMsg;
        static toObject(message: edge.UplinkResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace UplinkResponseMsg {
        interface $Properties {
            success?: (boolean|null);
            errorMsg?: (string|null);
            uplinkMsgId?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.UplinkResponseMsg.$Properties;
    }

    interface IDownlinkMsg extends edge.DownlinkMsg.$Properties {
    }

    class DownlinkMsg {
        constructor(properties?: edge.DownlinkMsg.$Properties);
        $unknowns?: Uint8Array[];
        downlinkMsgId: number;
        syncCompletedMsg?: (edge.SyncCompletedMsg.$Properties|null);
        entityData: edge.EntityDataProto.$Properties[];
        deviceUpdateMsg: edge.DeviceUpdateMsg.$Properties[];
        deviceProfileUpdateMsg: edge.DeviceProfileUpdateMsg.$Properties[];
        deviceCredentialsUpdateMsg: edge.DeviceCredentialsUpdateMsg.$Properties[];
        deviceRpcCallMsg: edge.DeviceRpcCallMsg.$Properties[];
        otaPackageUpdateMsg: edge.OtaPackageUpdateMsg.$Properties[];
        edgeConfiguration?: (edge.EdgeConfiguration.$Properties|null);
        tenantUpdateMsg: edge.TenantUpdateMsg.$Properties[];
        tenantProfileUpdateMsg: edge.TenantProfileUpdateMsg.$Properties[];
        resourceUpdateMsg: edge.ResourceUpdateMsg.$Properties[];
        static create(properties: edge.DownlinkMsg.$Shape): edge.DownlinkMsg & edge.DownlinkMsg.$Shape;
        static create(properties?: edge.DownlinkMsg.$Properties): edge.DownlinkMsg;
        static encode(message: edge.DownlinkMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.DownlinkMsg & edge.DownlinkMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.DownlinkMsg;
        static toObject(message: edge.DownlinkMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DownlinkMsg {
        interface $Properties {
            downlinkMsgId?: (number|null);
            syncCompletedMsg?: (edge.SyncCompletedMsg.$Properties|null);
            entityData?: (edge.EntityDataProto.$Properties[]|null);
            deviceUpdateMsg?: (edge.DeviceUpdateMsg.$Properties[]|null);
            deviceProfileUpdateMsg?: (edge.DeviceProfileUpdateMsg.$Properties[]|null);
            deviceCredentialsUpdateMsg?: (edge.DeviceCredentialsUpdateMsg.$Properties[]|null);
            deviceRpcCallMsg?: (edge.DeviceRpcCallMsg.$Properties[]|null);
            otaPackageUpdateMsg?: (edge.OtaPackageUpdateMsg.$Properties[]|null);
            edgeConfiguration?: (edge.EdgeConfiguration.$Properties|null);
            tenantUpdateMsg?: (edge.TenantUpdateMsg.$Properties[]|null);
            tenantProfileUpdateMsg?: (edge.TenantProfileUpdateMsg.$Properties[]|null);
            resourceUpdateMsg?: (edge.ResourceUpdateMsg.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.DownlinkMsg.$Properties;
    }

    interface IDownlinkResponseMsg extends edge.DownlinkResponseMsg.$Properties {
    }

    class DownlinkResponseMsg {
        constructor(properties?: edge.DownlinkResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        success: boolean;
        errorMsg: string;
        downlinkMsgId: number;
        static create(properties: edge.DownlinkResponseMsg.$Shape): edge.DownlinkResponseMsg & edge.DownlinkResponseMsg.$Shape;
        static create(properties?: edge.DownlinkResponseMsg.$Properties): edge.DownlinkResponseMsg;
        static encode(message: edge.DownlinkResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.DownlinkResponseMsg & edge.DownlinkResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.DownlinkResponseMsg;
        static toObject(message: edge.DownlinkResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DownlinkResponseMsg {
        interface $Properties {
            success?: (boolean|null);
            errorMsg?: (string|null);
            downlinkMsgId?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.DownlinkResponseMsg.$Properties;
    }

    interface IDeviceUpdateMsg extends edge.DeviceUpdateMsg.$Properties {
    }

    class DeviceUpdateMsg {
        constructor(properties?: edge.DeviceUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        msgType: edge.UpdateMsgType;
        idMSB: Long;
        idLSB: Long;
        entity: string;
        static create(properties: edge.DeviceUpdateMsg.$Shape): edge.DeviceUpdateMsg & edge.DeviceUpdateMsg.$Shape;
        static create(properties?: edge.DeviceUpdateMsg.$Properties): edge.DeviceUpdateMsg;
        static encode(message: edge.DeviceUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.DeviceUpdateMsg & edge.DeviceUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.DeviceUpdateMsg;
        static toObject(message: edge.DeviceUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceUpdateMsg {
        interface $Properties {
            msgType?: (edge.UpdateMsgType|null);
            idMSB?: (Long|null);
            idLSB?: (Long|null);
            entity?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.DeviceUpdateMsg.$Properties;
    }

    interface IDeviceProfileUpdateMsg extends edge.DeviceProfileUpdateMsg.$Properties {
    }

    class DeviceProfileUpdateMsg {
        constructor(properties?: edge.DeviceProfileUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        msgType: edge.UpdateMsgType;
        idMSB: Long;
        idLSB: Long;
        entity: string;
        static create(properties: edge.DeviceProfileUpdateMsg.$Shape): edge.DeviceProfileUpdateMsg & edge.DeviceProfileUpdateMsg.$Shape;
        static create(properties?: edge.DeviceProfileUpdateMsg.$Properties): edge.DeviceProfileUpdateMsg;
        static encode(message: edge.DeviceProfileUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.DeviceProfileUpdateMsg & edge.DeviceProfileUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.DeviceProfileUpdateMsg;
        static toObject(message: edge.DeviceProfileUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceProfileUpdateMsg {
        interface $Properties {
            msgType?: (edge.UpdateMsgType|null);
            idMSB?: (Long|null);
            idLSB?: (Long|null);
            entity?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.DeviceProfileUpdateMsg.$Properties;
    }

    interface IDeviceCredentialsUpdateMsg extends edge.DeviceCredentialsUpdateMsg.$Properties {
    }

    class DeviceCredentialsUpdateMsg {
        constructor(properties?: edge.DeviceCredentialsUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        entity: string;
        static create(properties: edge.DeviceCredentialsUpdateMsg.$Shape): edge.DeviceCredentialsUpdateMsg & edge.DeviceCredentialsUpdateMsg.$Shape;
        static create(properties?: edge.DeviceCredentialsUpdateMsg.$Properties): edge.DeviceCredentialsUpdateMsg;
        static encode(message: edge.DeviceCredentialsUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.DeviceCredentialsUpdateMsg & edge.DeviceCredentialsUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.DeviceCredentialsUpdateMsg;
        static toObject(message: edge.DeviceCredentialsUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceCredentialsUpdateMsg {
        interface $Properties {
            entity?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.DeviceCredentialsUpdateMsg.$Properties;
    }

    interface IOtaPackageUpdateMsg extends edge.OtaPackageUpdateMsg.$Properties {
    }

    class OtaPackageUpdateMsg {
        constructor(properties?: edge.OtaPackageUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        msgType: edge.UpdateMsgType;
        idMSB: Long;
        idLSB: Long;
        entity: string;
        static create(properties: edge.OtaPackageUpdateMsg.$Shape): edge.OtaPackageUpdateMsg & edge.OtaPackageUpdateMsg.$Shape;
        static create(properties?: edge.OtaPackageUpdateMsg.$Properties): edge.OtaPackageUpdateMsg;
        static encode(message: edge.OtaPackageUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.OtaPackageUpdateMsg & edge.OtaPackageUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.OtaPackageUpdateMsg;
        static toObject(message: edge.OtaPackageUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace OtaPackageUpdateMsg {
        interface $Properties {
            msgType?: (edge.UpdateMsgType|null);
            idMSB?: (Long|null);
            idLSB?: (Long|null);
            entity?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.OtaPackageUpdateMsg.$Properties;
    }

    interface IResourceUpdateMsg extends edge.ResourceUpdateMsg.$Properties {
    }

    class ResourceUpdateMsg {
        constructor(properties?: edge.ResourceUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        msgType: edge.UpdateMsgType;
        idMSB: Long;
        idLSB: Long;
        entity: string;
        static create(properties: edge.ResourceUpdateMsg.$Shape): edge.ResourceUpdateMsg & edge.ResourceUpdateMsg.$Shape;
        static create(properties?: edge.ResourceUpdateMsg.$Properties): edge.ResourceUpdateMsg;
        static encode(message: edge.ResourceUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.ResourceUpdateMsg & edge.ResourceUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.ResourceUpdateMsg;
        static toObject(message: edge.ResourceUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ResourceUpdateMsg {
        interface $Properties {
            msgType?: (edge.UpdateMsgType|null);
            idMSB?: (Long|null);
            idLSB?: (Long|null);
            entity?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.ResourceUpdateMsg.$Properties;
    }

    interface ITenantUpdateMsg extends edge.TenantUpdateMsg.$Properties {
    }

    class TenantUpdateMsg {
        constructor(properties?: edge.TenantUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        msgType: edge.UpdateMsgType;
        entity: string;
        static create(properties: edge.TenantUpdateMsg.$Shape): edge.TenantUpdateMsg & edge.TenantUpdateMsg.$Shape;
        static create(properties?: edge.TenantUpdateMsg.$Properties): edge.TenantUpdateMsg;
        static encode(message: edge.TenantUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.TenantUpdateMsg & edge.TenantUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.TenantUpdateMsg;
        static toObject(message: edge.TenantUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TenantUpdateMsg {
        interface $Properties {
            msgType?: (edge.UpdateMsgType|null);
            entity?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.TenantUpdateMsg.$Properties;
    }

    interface ITenantProfileUpdateMsg extends edge.TenantProfileUpdateMsg.$Properties {
    }

    class TenantProfileUpdateMsg {
        constructor(properties?: edge.TenantProfileUpdateMsg.$Properties);
        $unknowns?: Uint8Array[];
        msgType: edge.UpdateMsgType;
        entity: string;
        static create(properties: edge.TenantProfileUpdateMsg.$Shape): edge.TenantProfileUpdateMsg & edge.TenantProfileUpdateMsg.$Shape;
        static create(properties?: edge.TenantProfileUpdateMsg.$Properties): edge.TenantProfileUpdateMsg;
        static encode(message: edge.TenantProfileUpdateMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.TenantProfileUpdateMsg & edge.TenantProfileUpdateMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.TenantProfileUpdateMsg;
        static toObject(message: edge.TenantProfileUpdateMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TenantProfileUpdateMsg {
        interface $Properties {
            msgType?: (edge.UpdateMsgType|null);
            entity?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.TenantProfileUpdateMsg.$Properties;
    }

    interface IEntityDataProto extends edge.EntityDataProto.$Properties {
    }

    class EntityDataProto {
        constructor(properties?: edge.EntityDataProto.$Properties);
        $unknowns?: Uint8Array[];
        entityIdMSB: Long;
        entityIdLSB: Long;
        entityType: string;
        postTelemetryMsg?: (transport.PostTelemetryMsg.$Properties|null);
        postAttributesMsg?: (transport.PostAttributeMsg.$Properties|null);
        attributesUpdatedMsg?: (transport.PostAttributeMsg.$Properties|null);
        postAttributeScope: string;
        attributeDeleteMsg?: (edge.AttributeDeleteMsg.$Properties|null);
        attributeTs?: (Long|null);
        static create(properties: edge.EntityDataProto.$Shape): edge.EntityDataProto & edge.EntityDataProto.$Shape;
        static create(properties?: edge.EntityDataProto.$Properties): edge.EntityDataProto;
        static encode(message: edge.EntityDataProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.EntityDataProto & edge.EntityDataProto.$Shape;
        static fromObject(object: { [k: string]: any }): edge.EntityDataProto;
        static toObject(message: edge.EntityDataProto, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace EntityDataProto {
        interface $Properties {
            entityIdMSB?: (Long|null);
            entityIdLSB?: (Long|null);
            entityType?: (string|null);
            postTelemetryMsg?: (transport.PostTelemetryMsg.$Properties|null);
            postAttributesMsg?: (transport.PostAttributeMsg.$Properties|null);
            attributesUpdatedMsg?: (transport.PostAttributeMsg.$Properties|null);
            postAttributeScope?: (string|null);
            attributeDeleteMsg?: (edge.AttributeDeleteMsg.$Properties|null);
            attributeTs?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.EntityDataProto.$Properties;
    }

    interface IAttributeDeleteMsg extends edge.AttributeDeleteMsg.$Properties {
    }

    class AttributeDeleteMsg {
        constructor(properties?: edge.AttributeDeleteMsg.$Properties);
        $unknowns?: Uint8Array[];
        scope: string;
        attributeNames: string[];
        static create(properties: edge.AttributeDeleteMsg.$Shape): edge.AttributeDeleteMsg & edge.AttributeDeleteMsg.$Shape;
        static create(properties?: edge.AttributeDeleteMsg.$Properties): edge.AttributeDeleteMsg;
        static encode(message: edge.AttributeDeleteMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.AttributeDeleteMsg & edge.AttributeDeleteMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.AttributeDeleteMsg;
        static toObject(message: edge.AttributeDeleteMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttributeDeleteMsg {
        interface $Properties {
            scope?: (string|null);
            attributeNames?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.AttributeDeleteMsg.$Properties;
    }

    interface IAttributesRequestMsg extends edge.AttributesRequestMsg.$Properties {
    }

    class AttributesRequestMsg {
        constructor(properties?: edge.AttributesRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        entityIdMSB: Long;
        entityIdLSB: Long;
        entityType: string;
        scope: string;
        static create(properties: edge.AttributesRequestMsg.$Shape): edge.AttributesRequestMsg & edge.AttributesRequestMsg.$Shape;
        static create(properties?: edge.AttributesRequestMsg.$Properties): edge.AttributesRequestMsg;
        static encode(message: edge.AttributesRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.AttributesRequestMsg & edge.AttributesRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.AttributesRequestMsg;
        static toObject(message: edge.AttributesRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttributesRequestMsg {
        interface $Properties {
            entityIdMSB?: (Long|null);
            entityIdLSB?: (Long|null);
            entityType?: (string|null);
            scope?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.AttributesRequestMsg.$Properties;
    }

    interface IDeviceCredentialsRequestMsg extends edge.DeviceCredentialsRequestMsg.$Properties {
    }

    class DeviceCredentialsRequestMsg {
        constructor(properties?: edge.DeviceCredentialsRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        deviceIdMSB: Long;
        deviceIdLSB: Long;
        static create(properties: edge.DeviceCredentialsRequestMsg.$Shape): edge.DeviceCredentialsRequestMsg & edge.DeviceCredentialsRequestMsg.$Shape;
        static create(properties?: edge.DeviceCredentialsRequestMsg.$Properties): edge.DeviceCredentialsRequestMsg;
        static encode(message: edge.DeviceCredentialsRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.DeviceCredentialsRequestMsg & edge.DeviceCredentialsRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.DeviceCredentialsRequestMsg;
        static toObject(message: edge.DeviceCredentialsRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceCredentialsRequestMsg {
        interface $Properties {
            deviceIdMSB?: (Long|null);
            deviceIdLSB?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.DeviceCredentialsRequestMsg.$Properties;
    }

    interface IDeviceRpcCallMsg extends edge.DeviceRpcCallMsg.$Properties {
    }

    class DeviceRpcCallMsg {
        constructor(properties?: edge.DeviceRpcCallMsg.$Properties);
        $unknowns?: Uint8Array[];
        deviceIdMSB: Long;
        deviceIdLSB: Long;
        requestUuidMSB: Long;
        requestUuidLSB: Long;
        requestId: number;
        expirationTime: Long;
        oneway: boolean;
        requestMsg?: (edge.RpcRequestMsg.$Properties|null);
        responseMsg?: (edge.RpcResponseMsg.$Properties|null);
        persisted?: (boolean|null);
        retries?: (number|null);
        additionalInfo?: (string|null);
        serviceId?: (string|null);
        sessionId?: (string|null);
        static create(properties: edge.DeviceRpcCallMsg.$Shape): edge.DeviceRpcCallMsg & edge.DeviceRpcCallMsg.$Shape;
        static create(properties?: edge.DeviceRpcCallMsg.$Properties): edge.DeviceRpcCallMsg;
        static encode(message: edge.DeviceRpcCallMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.DeviceRpcCallMsg & edge.DeviceRpcCallMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.DeviceRpcCallMsg;
        static toObject(message: edge.DeviceRpcCallMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DeviceRpcCallMsg {
        interface $Properties {
            deviceIdMSB?: (Long|null);
            deviceIdLSB?: (Long|null);
            requestUuidMSB?: (Long|null);
            requestUuidLSB?: (Long|null);
            requestId?: (number|null);
            expirationTime?: (Long|null);
            oneway?: (boolean|null);
            requestMsg?: (edge.RpcRequestMsg.$Properties|null);
            responseMsg?: (edge.RpcResponseMsg.$Properties|null);
            persisted?: (boolean|null);
            retries?: (number|null);
            additionalInfo?: (string|null);
            serviceId?: (string|null);
            sessionId?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.DeviceRpcCallMsg.$Properties;
    }

    interface IRpcRequestMsg extends edge.RpcRequestMsg.$Properties {
    }

    class RpcRequestMsg {
        constructor(properties?: edge.RpcRequestMsg.$Properties);
        $unknowns?: Uint8Array[];
        method: string;
        params: string;
        static create(properties: edge.RpcRequestMsg.$Shape): edge.RpcRequestMsg & edge.RpcRequestMsg.$Shape;
        static create(properties?: edge.RpcRequestMsg.$Properties): edge.RpcRequestMsg;
        static encode(message: edge.RpcRequestMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.RpcRequestMsg & edge.RpcRequestMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.RpcRequestMsg;
        static toObject(message: edge.RpcRequestMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RpcRequestMsg {
        interface $Properties {
            method?: (string|null);
            params?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.RpcRequestMsg.$Properties;
    }

    interface IRpcResponseMsg extends edge.RpcResponseMsg.$Properties {
    }

    class RpcResponseMsg {
        constructor(properties?: edge.RpcResponseMsg.$Properties);
        $unknowns?: Uint8Array[];
        response: string;
        error: string;
        static create(properties: edge.RpcResponseMsg.$Shape): edge.RpcResponseMsg & edge.RpcResponseMsg.$Shape;
        static create(properties?: edge.RpcResponseMsg.$Properties): edge.RpcResponseMsg;
        static encode(message: edge.RpcResponseMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edge.RpcResponseMsg & edge.RpcResponseMsg.$Shape;
        static fromObject(object: { [k: string]: any }): edge.RpcResponseMsg;
        static toObject(message: edge.RpcResponseMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace RpcResponseMsg {
        interface $Properties {
            response?: (string|null);
            error?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = edge.RpcResponseMsg.$Properties;
    }
}

export namespace transport {

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
